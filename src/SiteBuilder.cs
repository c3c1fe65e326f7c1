using System.Collections.Immutable;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Deadlines;
using SiteGen.Diagnostics;
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
        var diagnostics = new DiagnosticBag();

        options.Progress?.Report("reading files");
        var sources = SourceScanner.Scan(options, diagnostics);                                           // 1 load
        var lastCommitted = ContentHistory.Load(sources, options);
        var config = ConfigLoader.Load(sources.SiteConfig, options.BaseUrlOverride, options.DisplayPath(options.InputDir), diagnostics);
        if (config is null)
            return Failed(diagnostics);
        options.Progress?.Report("parsing content");
        var parsed = Parse(sources, new MarkdownRenderer(config.BasePath), diagnostics);                 // 2 parse
        options.Progress?.Report("checking content");
        var model = SiteModelBuilder.Build(config, sources, parsed, options, diagnostics);              // 3 model
        if (diagnostics.HasErrors)
            return Failed(diagnostics, model);                                                          // every input error at once

        model = model with { LastCommitted = lastCommitted };                                           // "Sist oppdatert", from the load phase
        options.Progress?.Report($"rendering {model.News.Length + model.Pages.Length} pages");
        var files = SiteRenderer.Render(model, diagnostics);                                            // 4 render
        return new BuildResult(diagnostics.HasErrors ? [] : files, diagnostics.ToImmutable(), model);
    }

    private static ParsedContent Parse(SourceSet sources, MarkdownRenderer markdown, DiagnosticBag diagnostics) => new(
        [.. sources.News.AsParallel().AsOrdered().Select(f => NewsParser.Parse(f, markdown, diagnostics)).OfType<NewsItem>()],
        [.. sources.Pages.Select(f => PageParser.Parse(f, markdown, diagnostics)).OfType<Page>()],
        sources.Deadlines is null ? [] : DeadlineParser.ParseFile(sources.Deadlines, markdown, diagnostics));

    private static BuildResult Failed(DiagnosticBag diagnostics, SiteModel? model = null) =>
        new(ImmutableArray<OutputFile>.Empty, diagnostics.ToImmutable(), model);
}
