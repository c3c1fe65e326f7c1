using System.Collections.Immutable;
using System.Text;
using Scriban.Runtime;
using SiteGen.Calendar;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.Search;
using SiteGen.Output;
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

    public static ImmutableArray<OutputFile> Render(SiteModel model, DiagnosticBag diagnostics)
    {
        var views = new ViewFactory(model, diagnostics);
        var renderer = new TemplateRenderer(new TemplateLocator(model.Templates), TemplateFunctions.Create(views));
        var site = views.Site();
        var jsonLd = JsonLd.ForHome(model);
        var searchEntries = SearchIndexBuilder.Entries(model, views);
        var routes = RouteTable.Build(model, views, searchEntries);

        var pages = new OutputFile?[routes.Length];
        Parallel.For(0, routes.Length, i => pages[i] = RenderRoute(routes[i], model, views, site, jsonLd, renderer, diagnostics));

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

    private static OutputFile? RenderRoute(Route route, SiteModel model, ViewFactory views, SiteView site, RawHtml jsonLd, TemplateRenderer renderer, DiagnosticBag diagnostics)
    {
        views = views.For(route.Language);
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["json_ld"] = jsonLd,
            ["menu"] = views.Menu(route.SitePath),
            ["page"] = new PageMeta(route.Title, route.Kind, model.Config.Url(route.SitePath), model.Config.AbsoluteUrl(route.SitePath),
                route.Description ?? model.Config.DescriptionFor(views.Language), views.Language)
            {
                Alternates = views.Alternates(route.SitePath),
                HomeUrl = views.HomeUrl,
                Languages = views.LanguageSwitch(route.SitePath),
            },
        };
        globals.Import(views.Functions);
        globals.Import(route.Variables);
        var body = renderer.Render(route.Template, globals, route.Source, diagnostics);
        if (body is null)
            return null;
        globals["content"] = new RawHtml(body);
        var html = renderer.Render(LayoutTemplate, globals, route.Source, diagnostics);
        return html is null ? null : new OutputFile(route.OutputPath, Encoding.UTF8.GetBytes(html), route.Source?.Path ?? route.Template);
    }
}
