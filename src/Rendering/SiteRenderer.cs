using System.Collections.Immutable;
using System.Text;
using Scriban.Runtime;
using SiteGen.Calendar;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.Search;
using SiteGen.Output;
using SiteGen.Rendering.Incremental;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Rendering;

/// <summary>
/// Phase 4: every route through its template and the layout, plus the files published as they are.
/// Routes render in parallel; the result is sorted by path, so it is the same however threads ran.
/// </summary>
public static class SiteRenderer
{
    public const string LayoutTemplate = "layout.sbn";

    /// <param name="cache">The previous build's pages, when the same process builds again (the preview server); null for one build.</param>
    public static ImmutableArray<OutputFile> Render(SiteModel model, DiagnosticBag diagnostics, RenderCache? cache = null)
    {
        var views = new ViewFactory(model, diagnostics);
        var renderer = new TemplateRenderer(new TemplateLocator(model.Templates), TemplateFunctions.Create(views));
        var site = views.Site();
        var searchEntries = SearchIndexBuilder.Entries(model, views);
        var routes = RouteTable.Build(model, views, searchEntries);
        var jsonLd = new JsonLd(model, routes);

        var pages = new OutputFile?[routes.Length];
        if (cache is null)
            Parallel.For(0, routes.Length, i => pages[i] = RenderRoute(routes[i], Globals(routes[i], model, views, site, jsonLd), renderer, diagnostics));
        else
            RenderChanged(routes, pages, model, views, site, jsonLd, renderer, diagnostics, cache);

        var files = new List<OutputFile>(pages.OfType<OutputFile>());
        files.AddRange(DiscoveryFiles(model, searchEntries, routes));
        var calendar = new CalendarFeedWriter(model);
        files.AddRange(CalendarFeeds.All(model).Select(feed => new OutputFile(feed.SitePath.TrimStart('/'), calendar.Write(feed), feed.Deadlines.FirstOrDefault()?.Source.Path ?? "deadlines")));
        files.AddRange(model.StaticFiles.Select(a => new OutputFile(a.OutputPath, a.Bytes, a.DisplayPath)));
        files.AddRange(model.Files.Select(a => new OutputFile(a.OutputPath, a.Bytes, a.DisplayPath)));
        files.AddRange(RedirectPages.Render(model, files, diagnostics));
        return OutputPaths.CheckUnique(files, diagnostics);
    }

    /// <summary>Feeds, sitemap, robots.txt and the search index: what lets people and machines find the site.</summary>
    private static IEnumerable<OutputFile> DiscoveryFiles(SiteModel model, ImmutableArray<SearchEntry> searchEntries, ImmutableArray<Route> routes)
    {
        var news = new NewsFeedWriter(model);
        yield return new OutputFile(SitePaths.NewsRss.TrimStart('/'), news.Rss(), "news");
        yield return new OutputFile(SitePaths.NewsAtom.TrimStart('/'), news.Atom(), "news");
        yield return new OutputFile("sitemap.xml", SitemapWriter.Sitemap(model, routes.Where(r => r.InSitemap).Select(r => (r.SitePath, r.LastModified))), "site");
        yield return new OutputFile("robots.txt", SitemapWriter.Robots(model), "site");
        yield return new OutputFile(SitePaths.SearchIndex.TrimStart('/'), SearchIndexBuilder.Write(searchEntries), "search");
    }

    /// <summary>Renders only the routes whose inputs changed since the cache's build; the others are taken from it, messages included.</summary>
    private static void RenderChanged(ImmutableArray<Route> routes, OutputFile?[] pages, SiteModel model, ViewFactory views, SiteView site, JsonLd jsonLd,
        TemplateRenderer renderer, DiagnosticBag diagnostics, RenderCache cache)
    {
        var look = LookFingerprint(model);
        var entries = new RenderCache.Entry[routes.Length];
        Parallel.For(0, routes.Length, i =>
        {
            var route = routes[i];
            var globals = Globals(route, model, views, site, jsonLd);
            var fingerprint = new ViewFingerprint().Add(look).Add(route.Template).Add(route.Language).Add(route.SitePath).Add(route.Source?.ToString()).Add(globals).Finish();
            var entry = cache.Find(route.SitePath, fingerprint);
            if (entry is null)
            {
                var own = new DiagnosticBag();
                entry = new RenderCache.Entry(fingerprint, RenderRoute(route, globals, renderer, own), own.ToImmutable());
            }
            foreach (var diagnostic in entry.Diagnostics)
                diagnostics.Add(diagnostic);
            pages[i] = entry.File;
            entries[i] = entry;
        });
        cache.Keep(routes.Select((r, i) => (r.SitePath, entries[i])));
    }

    /// <summary>What every page's look depends on besides its data: the templates, the theme's texts and the site's settings.</summary>
    private static string LookFingerprint(SiteModel model)
    {
        var fingerprint = new ViewFingerprint();
        foreach (var template in model.Templates)
            fingerprint.Add(template.DisplayPath).Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(template.Bytes)));
        return fingerprint.Add(model.Strings.Files).Add(model.Config).Finish();
    }

    private static ScriptObject Globals(Route route, SiteModel model, ViewFactory views, SiteView site, JsonLd jsonLd)
    {
        views = views.For(route.Language);
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["json_ld"] = jsonLd.For(route, views),
            ["menu"] = views.Menu(route.SitePath),
            ["page"] = Meta(route, model, views, jsonLd),
        };
        globals.Import(views.Functions);
        globals.Import(route.Variables);
        return globals;
    }

    private static PageMeta Meta(Route route, SiteModel model, ViewFactory views, JsonLd jsonLd)
    {
        var times = jsonLd.NewsTimes(route);
        return new PageMeta(route.Title, route.Kind, model.Config.Url(route.SitePath), route.InSitemap ? model.Config.AbsoluteUrl(route.SitePath) : null,
            route.Description ?? model.Config.DescriptionFor(views.Language), views.Language)
        {
            Alternates = views.Alternates(route.SitePath),
            HomeUrl = views.HomeUrl,
            Languages = views.LanguageSwitch(route.SitePath),
            NoIndex = !route.InSitemap,
            LocaleAlternates = [.. model.Translations.Of(route.SitePath).Select(v => v.Language).Where(l => l != views.Language).Distinct()
                .Select(l => views.For(l).Text("meta.og_locale"))],
            PublishedTime = times?.Published,
            ModifiedTime = times?.Modified,
        };
    }

    private static OutputFile? RenderRoute(Route route, ScriptObject globals, TemplateRenderer renderer, DiagnosticBag diagnostics)
    {
        var body = renderer.Render(route.Template, globals, route.Source, diagnostics);
        if (body is null)
            return null;
        globals["content"] = new RawHtml(body);
        var html = renderer.Render(LayoutTemplate, globals, route.Source, diagnostics);
        return html is null ? null : new OutputFile(route.OutputPath, Encoding.UTF8.GetBytes(html), route.Source?.Path ?? route.Template);
    }
}
