using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Cms;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Deadlines;
using SiteGen.Diagnostics;
using SiteGen.Documents;
using SiteGen.Links;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen;

/// <summary>
/// The build as one pass: load → parse → model → render → check. Nothing here writes to disk;
/// the caller decides whether the result goes to output/, a preview server or a test.
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
            return BuildInvariant(options);
        }
        finally
        {
            options.Timings?.End();
            CultureInfo.CurrentCulture = machineCulture;
        }
    }

    private static BuildResult BuildInvariant(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();

        options.Progress?.Report("reading files");
        options.Timings?.Begin(BuildTimings.Load);
        var sources = SourceScanner.Scan(options, diagnostics);                                           // 1 load
        if (ReferenceEquals(sources, SourceScanner.Empty))
            return Failed(diagnostics);                                                                 // a missing folder: its own error says it all
        var lastCommitted = ContentHistory.Load(sources, options);
        var config = ConfigLoader.Load(sources.SiteConfig, options.BaseUrlOverride, options.DisplayPath(options.InputDir), diagnostics);
        if (config is null && sources.SiteConfig is null)
            return Failed(diagnostics);                                                                 // no site.yml: most likely the wrong folder
        if (config is null)
            return CheckContentOnly(sources, options, diagnostics);                                     // a broken site.yml must not hide the content's errors
        options.Progress?.Report("parsing content");
        options.Timings?.Begin(BuildTimings.Parse);
        var documents = DocumentCatalog.Build(sources, diagnostics);                                     // 2 parse: files first,
        var markdown = new MarkdownRenderer(config.BasePath, documents, diagnostics);                   //   so links to them get labels
        var parsed = options.Cache is { } cache
            ? ParseChanged(sources, config.Language, markdown, cache.Files, config.BasePath, documents, diagnostics)
            : Parse(sources, config.Language, markdown, diagnostics);
        options.Progress?.Report("checking content");
        options.Timings?.Begin(BuildTimings.Model);
        var model = SiteModelBuilder.Build(config, sources, parsed, options, diagnostics, documents);   // 3 model
        // Errors so far do not stop the build: items with a bad field are kept with stand-ins, so their links
        // and headings are checked in this run too, not in the next. Files that could not be read at all are
        // missing from the model; links to them are absorbed by parsed.Unread instead of reported.
        model = model with { LastCommitted = lastCommitted };                                           // "Sist oppdatert", from the load phase
        options.Progress?.Report($"rendering {model.News.Length + model.Pages.Length} pages");
        options.Timings?.Begin(BuildTimings.Render);
        // The editor's files first: a mistake under "cms:" in site.yml is a content error like the others, not one that stops the link check.
        var admin = AdminSite.Files(config, CmsSettings.Read(sources.SiteConfig, diagnostics), RepositoryPaths.InputPath(options.InputDir), options.CmsBundleDir, diagnostics);
        var errorsBefore = diagnostics.ErrorCount;
        var files = SiteRenderer.Render(model, diagnostics, options.Cache?.Pages);                      // 4 render
        files = OutputPaths.CheckUnique([.. files, .. admin], diagnostics);                              //   and the web editor, /admin/
        OutputConflicts.Check(files, CopiedPaths(model), diagnostics);                                  //   what the disk would refuse
        if (diagnostics.ErrorCount > errorsBefore)
            return Failed(diagnostics, model, parsed.Unread);                                           // missing pages would look like broken links
        options.Timings?.Begin(BuildTimings.PostProcess);
        var headings = model.Pages.Prepend(model.Home).OfType<Page>().Select(p => p.Document).Concat(model.News.Select(n => n.Document)).SelectMany(d => d.Body.Headings);
        var external = LinkChecker.Check(files, config, markdown.RenderedLinks, diagnostics, options.Cache?.Scans, parsed.Unread, headings,
            SettingsLinks.Read(sources.SiteConfig, config));                                            // 5 check every link in the finished pages
        parsed.Unread.Report(diagnostics);
        return new BuildResult(diagnostics.HasErrors ? [] : files, diagnostics.ToImmutable(), model) { ExternalLinks = external };
    }

    /// <summary>
    /// With site.yml broken, the content is still read and cross-checked against neutral settings, so its own
    /// errors come in the same run. Nothing is drawn: the menu, address and language the pages need are unknown,
    /// and checks that need site.yml (audiences) wait for it.
    /// </summary>
    private static BuildResult CheckContentOnly(SourceSet sources, BuildOptions options, DiagnosticBag diagnostics)
    {
        var config = ConfigLoader.Neutral;
        var documents = DocumentCatalog.Build(sources, diagnostics);
        var parsed = Parse(sources, config.Language, new MarkdownRenderer(config.BasePath, documents, diagnostics), diagnostics);
        SiteModelBuilder.Build(config, sources, parsed, options with { Cache = null }, diagnostics, documents);
        return Failed(diagnostics, null, parsed.Unread);
    }

    private static ParsedContent Parse(SourceSet sources, string siteLanguage, MarkdownRenderer markdown, DiagnosticBag diagnostics) => Collect(sources, siteLanguage,
        [.. sources.News.AsParallel().AsOrdered().Select(f => NewsParser.Parse(f, markdown, diagnostics))],
        [.. sources.Pages.Select(f => PageParser.Parse(f, markdown, diagnostics))],
        sources.Deadlines is null ? DeadlineFile.Empty : DeadlineParser.ParseFile(sources.Deadlines, markdown, diagnostics));

    /// <summary>As <see cref="Parse"/>, parsing only the files that changed since the cache's build.</summary>
    private static ParsedContent ParseChanged(SourceSet sources, string siteLanguage, MarkdownRenderer markdown, ParseCache cache, string basePath, DocumentIndex documents,
        DiagnosticBag diagnostics)
    {
        var settings = new Rendering.Incremental.ViewFingerprint().Add(basePath).Add(documents.All).Finish();
        MarkdownRenderer RendererFor(DiagnosticBag own) => new(basePath, documents, own);
        var parsed = Collect(sources, siteLanguage,
            [.. sources.News.AsParallel().AsOrdered().Select(f => cache.Parse(f, settings, RendererFor, NewsParser.Parse, markdown, diagnostics))],
            [.. sources.Pages.Select(f => cache.Parse(f, settings, RendererFor, PageParser.Parse, markdown, diagnostics))],
            sources.Deadlines is null ? DeadlineFile.Empty : cache.Parse(sources.Deadlines, settings, RendererFor, DeadlineParser.ParseFile, markdown, diagnostics) ?? DeadlineFile.Empty);
        cache.Commit();
        return parsed;
    }

    /// <summary>The parsed items, and what the files that gave none would have been: their addresses and deadline ids.</summary>
    private static ParsedContent Collect(SourceSet sources, string siteLanguage, NewsItem?[] news, Page?[] pages, DeadlineFile deadlines)
    {
        var unread = new FollowOn();
        for (var i = 0; i < news.Length; i++)
        {
            foreach (var path in news[i] is null ? UnreadAddress.Guess(sources.News[i], isNews: true, siteLanguage) : [])
                unread.AddUnreadPage(path, sources.News[i].DisplayPath);
        }
        for (var i = 0; i < pages.Length; i++)
        {
            foreach (var path in pages[i] is null ? UnreadAddress.Guess(sources.Pages[i], isNews: false, siteLanguage) : [])
                unread.AddUnreadPage(path, sources.Pages[i].DisplayPath);
        }
        foreach (var (id, location) in deadlines.Unread)
            unread.AddUnreadDeadline(id, location);
        return new ParsedContent([.. news.OfType<NewsItem>()], [.. pages.OfType<Page>()], deadlines.Deadlines) { Unread = unread };
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
