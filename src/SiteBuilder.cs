using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Calendar;
using SiteGen.Cms;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Documents;
using SiteGen.Feeds;
using SiteGen.History;
using SiteGen.I18n;
using SiteGen.Incremental;
using SiteGen.Links;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Search;
using SiteGen.Site;
using SiteGen.Sources;
using SiteGen.Time;
using SiteGen.Urls;

namespace SiteGen;

/// <summary>
/// The build as one pass: load → parse → model → render → check. Nothing here writes to disk; the
/// caller decides whether the result goes to output/, a preview server or a test. A process that
/// builds again (the preview) passes a <see cref="BuildCache"/>: each step below then runs only for
/// the inputs that changed; the steps themselves never see it.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        // The machine's culture must not leak into output (a Thai culture formats 2022 as 2565);
        // the culture flows into the parallel workers with the execution context.
        var machineCulture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        // include_cached keeps a partial for the whole build even when nothing is kept for the next one. Its sweep at the end
        // also lets go of the record hashes the build's fingerprints kept (Fingerprint.EndBuild), as serve's does after each save.
        var partials = options.Cache ?? new BuildCache();
        try
        {
            return BuildInvariant(options, options.Cache ?? BuildCache.None, partials);
        }
        finally
        {
            partials.Sweep();
            options.Timings?.End();
            CultureInfo.CurrentCulture = machineCulture;
        }
    }

    private static BuildResult BuildInvariant(BuildOptions options, BuildCache cache, BuildCache partials)
    {
        var diagnostics = new DiagnosticBag();

        Phase(options, BuildTimings.Load, "reading files");                                                              // 1 load
        var sources = SourceScanner.Scan(Root(options, options.InputDir), Root(options, options.ThemeDir), diagnostics, Reader(cache, options.FileClock()));
        if (ReferenceEquals(sources, SourceScanner.Empty))
            return Failed(diagnostics);                                                                 // a missing folder: its own error says it all
        var reading = ReadDocuments(sources, cache);                                                    // needs nothing from site.yml: runs while it is read
        var config = Config(sources, options, cache, diagnostics);
        if (config is null && sources.SiteConfig is null)
        {
            Join(reading, new DiagnosticBag());                                                         // finished before the cache is swept; its messages dropped
            return Failed(diagnostics);                                                                 // no site.yml: most likely the wrong folder
        }
        if (config is null)
            return CheckContentOnly(sources, Join(reading, diagnostics), options, diagnostics);         // a broken site.yml must not hide the content's errors
        // git runs in processes of its own, waited for on a thread of its own: the files are read and parsed meanwhile.
        var history = options.UseGitHistory
            ? Task.Factory.StartNew(() => History(options.InputDir, sources, cache), TaskCreationOptions.LongRunning)
            : Task.FromResult(RepositoryHistory.None);
        var strings = cache.Get("strings", "", () => Fingerprint.Of(sources.I18n), diagnostics, own => UiStringsLoader.Load(sources.I18n, own));
        var cms = CmsSettings.Read(sources.SiteConfig, diagnostics);

        Phase(options, BuildTimings.Parse, "parsing content");                                                          // 2 parse: files first,
        var documents = Join(reading, diagnostics);                                                     //   so links to them get labels
        var committed = ReadCommitted(history, config, documents, options.BaseUrlOverride, cache);
        var parsed = Parse(sources, config, documents, cache, diagnostics);

        Phase(options, BuildTimings.Model, "checking content");                                                         // 3 model
        // Errors so far do not stop the build: items with a bad field are kept with stand-ins, so their links
        // and headings are checked in this run too, not in the next. Files that could not be read at all are
        // missing from the model; links to them are absorbed by parsed.Unread instead of reported.
        var inputs = new ModelInputs(config, sources, parsed, documents, strings, history.GetAwaiter().GetResult(), new SiteTime(options.Now, config.TimeZone), options.IncludeDrafts);
        // The calendar stamps of the final deadlines, from what they were in each commit; a site without deadlines needs neither.
        var model = SiteModelBuilder.Build(inputs, deadlines =>
            DeadlineStamps.From(deadlines.IsEmpty ? null : Join(committed, diagnostics), deadlines, config, inputs.Time.Now), diagnostics);
        committed.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();                          // settled before the cache is swept, even if not asked for

        Phase(options, BuildTimings.Render, $"rendering {model.News.Length + model.Pages.Length} pages");              // 4 render
        var errorsBefore = diagnostics.ErrorCount;
        var look = new Lazy<string>(() => LookFingerprint(model));
        var renderer = new SiteRenderer(model, diagnostics, Partials(partials, look));
        List<OutputFile> site = [
            .. Render(renderer, model, look, cache, diagnostics),
            .. model.StaticFiles.Select(a => new OutputFile(a.OutputPath, a.Bytes, a.DisplayPath)),
            .. model.Files.Select(a => new OutputFile(a.OutputPath, a.Bytes, a.DisplayPath)),
        ];
        site.AddRange(RedirectPages.Render(model, site, diagnostics));
        var admin = AdminSite.Files(config, cms, RepositoryPaths.InputPath(options.InputDir), CmsProgram(options.CmsBundleDir, cache, diagnostics));   // the web editor, /admin/
        var files = OutputPaths.CheckUnique([.. OutputPaths.CheckUnique(site, diagnostics), .. admin], diagnostics);
        OutputConflicts.Check(files, CopiedPaths(model), diagnostics);                                  // what the disk would refuse
        if (diagnostics.ErrorCount > errorsBefore)
            return Failed(diagnostics, model, parsed.Unread);                                           // missing pages would look like broken links

        Phase(options, BuildTimings.PostProcess, null);                                                                 // 5 check every link in the finished pages
        var scans = ScanPages(files, config, cache, diagnostics);
        var external = LinkChecker.Report(scans, JudgePages(files, scans, config, cache, diagnostics), config, model.SourceLinks, diagnostics, parsed.Unread, model.Headings,
            SettingsLinks.Read(sources.SiteConfig, config));
        parsed.Unread.Report(diagnostics);
        return new BuildResult(diagnostics.HasErrors ? [] : files, diagnostics.ToImmutable(), model) { ExternalLinks = external };
    }

    private static void Phase(BuildOptions options, string phase, string? progress)
    {
        if (progress is not null)
            options.Progress?.Report(progress);
        options.Timings?.Begin(phase);
    }

    private static SourceRoot Root(BuildOptions options, string folder) => new(folder, options.DisplayPath(folder));

    /// <summary>
    /// With site.yml broken, the content is still read and cross-checked against neutral settings, so its own
    /// errors come in the same run. Nothing is drawn: the menu, address and language the pages need are unknown,
    /// and checks that need site.yml (audiences) wait for it.
    /// </summary>
    private static BuildResult CheckContentOnly(SourceSet sources, DocumentIndex documents, BuildOptions options, DiagnosticBag diagnostics)
    {
        var config = ConfigLoader.Neutral;
        var parsed = Parse(sources, config, documents, BuildCache.None, diagnostics);
        var inputs = new ModelInputs(config, sources, parsed, documents, UiStrings.Empty, RepositoryHistory.None, new SiteTime(options.Now, config.TimeZone), options.IncludeDrafts);
        SiteModelBuilder.Build(inputs, _ => ImmutableDictionary<string, DeadlineStamp>.Empty, diagnostics);
        return Failed(diagnostics, null, parsed.Unread);
    }

    /// <summary>
    /// Each file the scan finds, read again only when its stamp changed: a rebuild after a save reads the saved file, not the
    /// whole site. A file changed in the last few seconds is always read (see <see cref="FileStamp"/>).
    /// </summary>
    private static SourceScanner.Reader Reader(BuildCache cache, DateTimeOffset now) =>
        (root, relative, stamp, maxBytes, diagnostics) => !stamp.IsSettled(now)
            ? root.Read(relative, maxBytes, diagnostics)
            : cache.Get("read", Path.Combine(root.FullPath, relative), () => $"{stamp} {maxBytes} {root.Display}", diagnostics,
                own => root.Read(relative, maxBytes, own));

    /// <summary>site.yml's settings; read again only when the file or the address given on the command line changed.</summary>
    private static SiteConfig? Config(SourceSet sources, BuildOptions options, BuildCache cache, DiagnosticBag diagnostics)
    {
        var display = options.DisplayPath(options.InputDir);
        return cache.Get("config", "", () => Fingerprint.Of(sources.SiteConfig, options.BaseUrlOverride, display), diagnostics,
            own => ConfigLoader.Load(sources.SiteConfig, options.BaseUrlOverride, display, own));
    }

    /// <summary>Each news item, page and the deadlines file, parsed with the site's Markdown settings; a file is parsed again only when it or those settings changed.</summary>
    private static ParsedContent Parse(SourceSet sources, SiteConfig config, DocumentIndex documents, BuildCache cache, DiagnosticBag diagnostics)
    {
        var markdown = new MarkdownRenderer(config.BasePath, documents);
        var settings = new Lazy<string>(() => Fingerprint.Of(config.BasePath, documents.All));
        T? Cached<T>(SourceFile file, Func<SourceFile, MarkdownRenderer, DiagnosticBag, T?> parse) where T : class =>
            cache.Get("parse", file.DisplayPath, () => Fingerprint.Of(settings.Value, file.RelativePath, file.Bytes), diagnostics, own => parse(file, markdown, own));
        return ParsedContent.Collect(sources, config.Language,
            [.. sources.News.AsParallel().AsOrdered().Select(f => Cached(f, NewsParser.Parse))],
            [.. sources.Pages.Select(f => Cached(f, PageParser.Parse))],
            sources.Deadlines is null ? DeadlineFile.Empty : Cached(sources.Deadlines, DeadlineParser.ParseFile) ?? DeadlineFile.Empty);
    }

    /// <summary>What git knows of the input folder; a save changes files, not commits, so a rebuild reads it again only after a commit, a checkout or a new or removed page.</summary>
    private static RepositoryHistory History(string inputDir, SourceSet sources, BuildCache cache) =>
        cache.Get("git", inputDir, () => Fingerprint.Of(GitHistory.State(inputDir), sources.Deadlines is null,
                sources.News.Select(f => f.DisplayPath).ToList(), sources.Pages.Select(f => f.DisplayPath).ToList()),
            new DiagnosticBag(), _ => RepositoryHistory.Load(inputDir, sources, DeadlineStamps.HistoryPaths, SiteHistory.Matters));

    /// <summary>
    /// Every published file, read in parallel on another thread while site.yml is read (PdfPig's first PDF costs ~0.1 s
    /// of set-up); a file is read again only when it or its sidecar changed.
    /// </summary>
    private static Task<(DocumentIndex, ImmutableArray<Diagnostic>)> ReadDocuments(SourceSet sources, BuildCache cache) => Background(own =>
        new DocumentIndex(DocumentCatalog.Published(sources, own).AsParallel().AsOrdered().Select(f => cache.Get("document", f.File.DisplayPath,
            () => Fingerprint.Of(f.File.RelativePath, f.File.Bytes, f.Sidecar?.DisplayPath, f.Sidecar?.Bytes), own, mine => DocumentCatalog.Read(f.File, f.Sidecar, mine)))));

    /// <summary>
    /// The deadlines as every commit left them, parsed on another thread while the content is parsed: it needs only git's history,
    /// the settings and the files; parsed again only after a commit or a change of those.
    /// </summary>
    private static Task<(DeadlineHistory.Committed?, ImmutableArray<Diagnostic>)> ReadCommitted(Task<RepositoryHistory> loading, SiteConfig config, DocumentIndex documents,
        string? baseUrlOverride, BuildCache cache) => Background(own =>
    {
        var history = loading.GetAwaiter().GetResult();
        return cache.Get("history", "", () => Fingerprint.Of(history.Commits, history.IsShallow, config, documents.All, baseUrlOverride),
            own, mine => DeadlineStamps.Committed(history, config, documents, baseUrlOverride, mine));
    });

    /// <summary>
    /// A step on a thread of its own (it may wait for git), so the pool stays free for the build's parallel loops. Its messages
    /// wait in a bag of their own until <see cref="Join"/>: a build that stops before it, or does not need it, reports the same as
    /// one that never ran it.
    /// </summary>
    private static Task<(T, ImmutableArray<Diagnostic>)> Background<T>(Func<DiagnosticBag, T> step) => Task.Factory.StartNew(() =>
    {
        var own = new DiagnosticBag();
        var value = step(own);
        return (value, own.ToImmutable());
    }, TaskCreationOptions.LongRunning);

    private static T Join<T>(Task<(T Value, ImmutableArray<Diagnostic> Messages)> step, DiagnosticBag diagnostics)
    {
        var (value, messages) = step.GetAwaiter().GetResult();
        foreach (var message in messages)
            diagnostics.Add(message);
        return value;
    }

    /// <summary>
    /// Every page, and the files made from the model alone: the news feeds, the sitemap, the search index and the calendars.
    /// Those are made while the pages are drawn: the feeds are one thread's work, and the search index and the calendars use
    /// both cores only in part. The search entries are made first, before either: they read theme texts, whose messages
    /// must come in the same order in every build.
    /// </summary>
    private static ImmutableArray<OutputFile> Render(SiteRenderer renderer, SiteModel model, Lazy<string> look, BuildCache cache, DiagnosticBag diagnostics)
    {
        var searchEntries = SearchIndexBuilder.Entries(model, renderer.Views);
        var fromModel = Task.Run(() => (ImmutableArray<OutputFile>)[
            .. NewsFeeds(model, cache, diagnostics),
            .. Discovery(model, renderer, cache, diagnostics),
            .. SearchIndex(searchEntries, cache, diagnostics),
            .. Calendars(model, cache, diagnostics)]);
        ImmutableArray<OutputFile> pages;
        try
        {
            pages = RenderPages(renderer, look, cache, diagnostics);
        }
        finally
        {
            fromModel.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();                      // settled before the cache is swept, even if a page threw
        }
        return [.. pages, .. fromModel.GetAwaiter().GetResult()];
    }

    /// <summary>Every route through its template; a page is drawn again only when what it is drawn from changed.</summary>
    private static ImmutableArray<OutputFile> RenderPages(SiteRenderer renderer, Lazy<string> look, BuildCache cache, DiagnosticBag diagnostics)
    {
        var pages = new OutputFile?[renderer.Routes.Length];
        Parallel.For(0, pages.Length, i =>
        {
            var route = renderer.Routes[i];
            pages[i] = cache.Get("page", route.SitePath, () => Fingerprint.Of(look.Value, renderer.Inputs(route)), diagnostics, own => renderer.Render(route, own));
        });
        return [.. pages.OfType<OutputFile>()];
    }

    /// <summary>
    /// What include_cached drew, by partial and the values it was drawn from; drawn again when those, the templates, the theme's
    /// texts or the settings changed.
    /// </summary>
    private static PartialStore Partials(BuildCache cache, Lazy<string> look) => (partial, inputs, diagnostics, draw) =>
        cache.Get("partial", partial + " " + Fingerprint.Of(inputs), () => look.Value, diagnostics, draw);

    /// <summary>What the link check reads of each finished page; a page is read again only when it or the settings changed.</summary>
    private static ImmutableArray<PageScan> ScanPages(ImmutableArray<OutputFile> files, SiteConfig config, BuildCache cache, DiagnosticBag diagnostics) =>
        [.. files.Where(LinkChecker.IsPage).AsParallel().AsOrdered()
            .Select(page => cache.Get("scan", page.Path, () => Fingerprint.Of(page, config), diagnostics, _ => LinkChecker.Scan(page, config)))];

    /// <summary>
    /// Each page's links judged against the site's files and the pages' ids, on every core and without suggestions; judged again
    /// only when the page or those changed. When pages have broken links, those are judged again, in page order and by a judge
    /// with suggestions of their own: a suggestion depends on the broken pages judged before it (see <see cref="LinkChecker.Verdict"/>).
    /// </summary>
    private static ImmutableArray<PageVerdict> JudgePages(ImmutableArray<OutputFile> files, ImmutableArray<PageScan> pages, SiteConfig config, BuildCache cache,
        DiagnosticBag diagnostics)
    {
        var judge = LinkChecker.Judge(files, pages, config, suggest: false);
        var site = new Lazy<string>(() => Fingerprint.Of(config, files.Select(f => f.Path).ToList(), pages.Select(p => (p.File.Path, p.Ids)).ToList()));
        var verdicts = pages.AsParallel().AsOrdered()
            .Select(page => cache.Get("links", page.File.Path, () => Fingerprint.Of(site.Value, page), diagnostics, _ => LinkChecker.Verdict(judge, page)))
            .ToArray();
        if (verdicts.All(v => v.Findings.IsEmpty))
            return [.. verdicts];
        var inOrder = LinkChecker.Judge(files, pages, config);
        return [.. verdicts.Select((verdict, i) => verdict.Findings.IsEmpty ? verdict : LinkChecker.Verdict(inOrder, pages[i]))];
    }

    /// <summary>What every page's look depends on besides its data: the templates, the theme's texts and the site's settings.</summary>
    private static string LookFingerprint(SiteModel model) =>
        Fingerprint.Of(model.Templates.Select(t => (t.DisplayPath, t.Bytes)).ToList(), model.Strings.Files, model.Config);

    /// <summary>The RSS and Atom feeds of the newest news; made again only when those items, their commit times, the texts or the settings changed.</summary>
    private static ImmutableArray<OutputFile> NewsFeeds(SiteModel model, BuildCache cache, DiagnosticBag diagnostics) =>
        cache.Get("feeds", "", () => Fingerprint.Of(NewsFeedWriter.Newest(model), model.LastCommitted, model.Config, model.Strings.Files), diagnostics, _ =>
        {
            var news = new NewsFeedWriter(model);
            return ImmutableArray.Create(
                new OutputFile(SitePaths.NewsRss.TrimStart('/'), news.Rss(), "news"),
                new OutputFile(SitePaths.NewsAtom.TrimStart('/'), news.Atom(), "news"));
        });

    /// <summary>The .ics files, written in parallel: every deadline, each audience's, and one per deadline; a feed is written again only when what it holds changed.</summary>
    private static IEnumerable<OutputFile> Calendars(SiteModel model, BuildCache cache, DiagnosticBag diagnostics)
    {
        var data = model.CalendarData;
        var writer = new CalendarFeedWriter(data);
        return CalendarFeeds.All(data).AsParallel().AsOrdered().Select(feed => cache.Get("calendar", feed.SitePath,
            () => Fingerprint.Of(feed, data.Config, data.Strings.Files, feed.Deadlines.Select(d => data.DeadlineStamps.GetValueOrDefault(d.Id)).ToList()),
            diagnostics, _ => new OutputFile(feed.SitePath.TrimStart('/'), writer.Write(feed), feed.Deadlines.FirstOrDefault()?.Source.Path ?? "deadlines")));
    }

    /// <summary>The web editor's program, read again only when npm has changed its files (a save changes none of them).</summary>
    private static ImmutableArray<OutputFile> CmsProgram(string? dir, BuildCache cache, DiagnosticBag diagnostics) =>
        cache.Get("cms", dir ?? "", () => Fingerprint.Of(CmsBundle.Stamps(dir)), diagnostics, own => CmsBundle.Files(dir, own));

    /// <summary>
    /// The sitemap and robots.txt: what lets machines find the site. The sitemap is written again only when a page's address,
    /// date or translations, or the site's address, changed: a save that changes only a text changes none of them.
    /// </summary>
    private static IEnumerable<OutputFile> Discovery(SiteModel model, SiteRenderer renderer, BuildCache cache, DiagnosticBag diagnostics)
    {
        var pages = renderer.Routes.Where(r => r.InSitemap).Select(r => (r.SitePath, r.LastModified)).ToList();
        yield return cache.Get("sitemap", "", () => Fingerprint.Of(model.Config, pages.Select(p => (p, model.Translations.Of(p.SitePath))).ToList()), diagnostics,
            _ => new OutputFile("sitemap.xml", SitemapWriter.Sitemap(model, pages), "site"));
        yield return new OutputFile("robots.txt", SitemapWriter.Robots(model), "site");
    }

    /// <summary>
    /// The search index. Each item's text is made plain, its words counted and its result file written, again only when the
    /// item changed; the scores depend on every item, so they are computed again when any item changed.
    /// </summary>
    private static ImmutableArray<OutputFile> SearchIndex(ImmutableArray<SearchEntry> entries, BuildCache cache, DiagnosticBag diagnostics)
    {
        // Each entry is hashed once, in parallel; the index's own fingerprint is made of theirs.
        var prints = new string[entries.Length];
        ImmutableArray<SearchItem> items;
        using (var counting = new SearchCounting())
            items = [.. entries.AsParallel().AsOrdered().Select((e, i) => cache.Get("search-item", e.Url, () => prints[i] = Fingerprint.Of(e), diagnostics, _ => SearchItem.Of(e, counting)))];
        return cache.Get("search", "", () => Fingerprint.Of(prints), diagnostics, _ =>
            SearchIndexWriter.Write(items, SitePaths.SearchIndex.TrimStart('/')).Select(f => new OutputFile(f.Item1, f.Item2, "search")).ToImmutableArray());
    }

    /// <summary>Where the files published as they are go: a clash between one and a generated page is reported at the file.</summary>
    private static HashSet<string> CopiedPaths(SiteModel model) =>
        model.StaticFiles.Concat(model.Files).Select(a => a.OutputPath).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static BuildResult Failed(DiagnosticBag diagnostics, SiteModel? model = null, FollowOn? unread = null)
    {
        unread?.Report(diagnostics);
        return new(ImmutableArray<OutputFile>.Empty, diagnostics.ToImmutable(), model);
    }
}
