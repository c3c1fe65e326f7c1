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
        try
        {
            return BuildInvariant(options, options.Cache ?? BuildCache.None);
        }
        finally
        {
            options.Cache?.Sweep();
            options.Timings?.End();
            CultureInfo.CurrentCulture = machineCulture;
        }
    }

    private static BuildResult BuildInvariant(BuildOptions options, BuildCache cache)
    {
        var diagnostics = new DiagnosticBag();

        Phase(options, BuildTimings.Load, "reading files");                                                              // 1 load
        var sources = SourceScanner.Scan(Root(options, options.InputDir), Root(options, options.ThemeDir), diagnostics);
        if (ReferenceEquals(sources, SourceScanner.Empty))
            return Failed(diagnostics);                                                                 // a missing folder: its own error says it all
        var config = ConfigLoader.Load(sources.SiteConfig, options.BaseUrlOverride, options.DisplayPath(options.InputDir), diagnostics);
        if (config is null && sources.SiteConfig is null)
            return Failed(diagnostics);                                                                 // no site.yml: most likely the wrong folder
        if (config is null)
            return CheckContentOnly(sources, options, diagnostics);                                     // a broken site.yml must not hide the content's errors
        var history = options.UseGitHistory ? RepositoryHistory.Load(options.InputDir, sources, DeadlineStamps.HistoryPaths, SiteHistory.Matters) : RepositoryHistory.None;
        var strings = UiStringsLoader.Load(sources.I18n, diagnostics);
        var cms = CmsSettings.Read(sources.SiteConfig, diagnostics);

        Phase(options, BuildTimings.Parse, "parsing content");                                                          // 2 parse: files first,
        var documents = DocumentCatalog.Build(sources, diagnostics);                                    //   so links to them get labels
        var parsed = Parse(sources, config, documents, cache, diagnostics);

        Phase(options, BuildTimings.Model, "checking content");                                                         // 3 model
        // Errors so far do not stop the build: items with a bad field are kept with stand-ins, so their links
        // and headings are checked in this run too, not in the next. Files that could not be read at all are
        // missing from the model; links to them are absorbed by parsed.Unread instead of reported.
        var inputs = new ModelInputs(config, sources, parsed, documents, strings, history, new SiteTime(options.Now, config.TimeZone), options.IncludeDrafts);
        var model = SiteModelBuilder.Build(inputs, deadlines => Stamp(inputs, deadlines, options.BaseUrlOverride, cache, diagnostics), diagnostics);

        Phase(options, BuildTimings.Render, $"rendering {model.News.Length + model.Pages.Length} pages");              // 4 render
        var errorsBefore = diagnostics.ErrorCount;
        var renderer = new SiteRenderer(model, diagnostics);
        List<OutputFile> site = [
            .. RenderPages(renderer, model, cache, diagnostics),
            .. NewsFeeds(model),
            .. Discovery(model, renderer),
            .. SearchIndex(model, renderer, cache, diagnostics),
            .. Calendars(model, cache, diagnostics),
            .. model.StaticFiles.Select(a => new OutputFile(a.OutputPath, a.Bytes, a.DisplayPath)),
            .. model.Files.Select(a => new OutputFile(a.OutputPath, a.Bytes, a.DisplayPath)),
        ];
        site.AddRange(RedirectPages.Render(model, site, diagnostics));
        var admin = AdminSite.Files(config, cms, RepositoryPaths.InputPath(options.InputDir), options.CmsBundleDir, diagnostics);   // the web editor, /admin/
        var files = OutputPaths.CheckUnique([.. OutputPaths.CheckUnique(site, diagnostics), .. admin], diagnostics);
        OutputConflicts.Check(files, CopiedPaths(model), diagnostics);                                  // what the disk would refuse
        if (diagnostics.ErrorCount > errorsBefore)
            return Failed(diagnostics, model, parsed.Unread);                                           // missing pages would look like broken links

        Phase(options, BuildTimings.PostProcess, null);                                                                 // 5 check every link in the finished pages
        var external = LinkChecker.Check(files, ScanPages(files, config, cache, diagnostics), config, model.SourceLinks, diagnostics, parsed.Unread, model.Headings,
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
    private static BuildResult CheckContentOnly(SourceSet sources, BuildOptions options, DiagnosticBag diagnostics)
    {
        var config = ConfigLoader.Neutral;
        var documents = DocumentCatalog.Build(sources, diagnostics);
        var parsed = Parse(sources, config, documents, BuildCache.None, diagnostics);
        var inputs = new ModelInputs(config, sources, parsed, documents, UiStrings.Empty, RepositoryHistory.None, new SiteTime(options.Now, config.TimeZone), options.IncludeDrafts);
        SiteModelBuilder.Build(inputs, _ => ImmutableDictionary<string, DeadlineStamp>.Empty, diagnostics);
        return Failed(diagnostics, null, parsed.Unread);
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

    /// <summary>The calendar stamps of the final deadlines, from the history read in the load phase; the history is parsed again only after a commit or a change of settings.</summary>
    private static ImmutableDictionary<string, DeadlineStamp> Stamp(ModelInputs inputs, ImmutableArray<Deadline> deadlines, string? baseUrlOverride, BuildCache cache,
        DiagnosticBag diagnostics)
    {
        var committed = deadlines.IsEmpty ? null : cache.Get("history", "",
            () => Fingerprint.Of(inputs.History.Commits, inputs.History.IsShallow, inputs.Config, inputs.Documents.All, baseUrlOverride),
            diagnostics, own => DeadlineStamps.Committed(inputs.History, inputs.Config, inputs.Documents, baseUrlOverride, own));
        return DeadlineStamps.From(committed, deadlines, inputs.Config, inputs.Time.Now);
    }

    /// <summary>Every route through its template; a page is drawn again only when what its templates read changed.</summary>
    private static ImmutableArray<OutputFile> RenderPages(SiteRenderer renderer, SiteModel model, BuildCache cache, DiagnosticBag diagnostics)
    {
        var look = new Lazy<string>(() => LookFingerprint(model));
        var pages = new OutputFile?[renderer.Routes.Length];
        Parallel.For(0, pages.Length, i =>
        {
            var route = renderer.Routes[i];
            var globals = renderer.Globals(route);
            pages[i] = cache.Get("page", route.SitePath,
                () => Fingerprint.Of(look.Value, route.Template, route.Language, route.SitePath, route.Source?.ToString(), globals),
                diagnostics, own => renderer.Render(route, globals, own));
        });
        return [.. pages.OfType<OutputFile>()];
    }

    /// <summary>What the link check reads of each finished page; a page is read again only when it or the settings changed.</summary>
    private static ImmutableArray<PageScan> ScanPages(ImmutableArray<OutputFile> files, SiteConfig config, BuildCache cache, DiagnosticBag diagnostics) =>
        [.. files.Where(LinkChecker.IsPage).AsParallel().AsOrdered()
            .Select(page => cache.Get("scan", page.Path, () => Fingerprint.Of(page, config), diagnostics, _ => LinkChecker.Scan(page, config)))];

    /// <summary>What every page's look depends on besides its data: the templates, the theme's texts and the site's settings.</summary>
    private static string LookFingerprint(SiteModel model) =>
        Fingerprint.Of(model.Templates.Select(t => (t.DisplayPath, t.Bytes)).ToList(), model.Strings.Files, model.Config);

    private static IEnumerable<OutputFile> NewsFeeds(SiteModel model)
    {
        var news = new NewsFeedWriter(model);
        yield return new OutputFile(SitePaths.NewsRss.TrimStart('/'), news.Rss(), "news");
        yield return new OutputFile(SitePaths.NewsAtom.TrimStart('/'), news.Atom(), "news");
    }

    /// <summary>The .ics files: every deadline, each audience's, and one per deadline; a feed is written again only when what it holds changed.</summary>
    private static IEnumerable<OutputFile> Calendars(SiteModel model, BuildCache cache, DiagnosticBag diagnostics)
    {
        var data = model.CalendarData;
        var writer = new CalendarFeedWriter(data);
        return CalendarFeeds.All(data).Select(feed => cache.Get("calendar", feed.SitePath,
            () => Fingerprint.Of(feed, data.Config, data.Strings.Files, feed.Deadlines.Select(d => data.DeadlineStamps.GetValueOrDefault(d.Id)).ToList()),
            diagnostics, _ => new OutputFile(feed.SitePath.TrimStart('/'), writer.Write(feed), feed.Deadlines.FirstOrDefault()?.Source.Path ?? "deadlines")));
    }

    /// <summary>The sitemap and robots.txt: what lets machines find the site.</summary>
    private static IEnumerable<OutputFile> Discovery(SiteModel model, SiteRenderer renderer)
    {
        yield return new OutputFile("sitemap.xml", SitemapWriter.Sitemap(model, renderer.Routes.Where(r => r.InSitemap).Select(r => (r.SitePath, r.LastModified))), "site");
        yield return new OutputFile("robots.txt", SitemapWriter.Robots(model), "site");
    }

    /// <summary>The search index; made again only when the content, files, texts or settings it is made from changed.</summary>
    private static ImmutableArray<OutputFile> SearchIndex(SiteModel model, SiteRenderer renderer, BuildCache cache, DiagnosticBag diagnostics) =>
        cache.Get("search", "",
            () => Fingerprint.Of(model.Home, model.Pages, model.News, model.Deadlines, model.Documents.All, model.Config, model.Strings.Files, model.Translations, model.Today),
            diagnostics, _ => SearchIndexWriter.Write(SearchIndexBuilder.Documents(model, renderer.Views), SitePaths.SearchIndex.TrimStart('/'))
                .Select(f => new OutputFile(f.Item1, f.Item2, "search")).ToImmutableArray());

    /// <summary>Where the files published as they are go: a clash between one and a generated page is reported at the file.</summary>
    private static HashSet<string> CopiedPaths(SiteModel model) =>
        model.StaticFiles.Concat(model.Files).Select(a => a.OutputPath).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static BuildResult Failed(DiagnosticBag diagnostics, SiteModel? model = null, FollowOn? unread = null)
    {
        unread?.Report(diagnostics);
        return new(ImmutableArray<OutputFile>.Empty, diagnostics.ToImmutable(), model);
    }
}
