using System.Collections.Immutable;
using Scriban.Runtime;
using SiteGen.Content;
using SiteGen.Rendering.Views;
using SiteGen.Site;
using SiteGen.Urls;

namespace SiteGen.Rendering;

/// <summary>Every HTML page of the site as data: the one list to read to see what the site contains.</summary>
public static class RouteTable
{
    /// <summary>How many upcoming deadlines the home page shows.</summary>
    public const int HomeDeadlines = 4;
    public const int HomeNews = 3;

    public static ImmutableArray<Route> Build(SiteModel model, ViewFactory views)
    {
        var routes = ImmutableArray.CreateBuilder<Route>();
        routes.Add(Home(model, views, model.Home, "/"));
        routes.AddRange(NewsLists(model, views));
        routes.AddRange(NewsItems(model, views));
        // The home page of another language ("/en/") is drawn like the home page, in its language.
        routes.AddRange(model.Pages.Select(p => model.Translations.IsHome(p.SitePath) ? Home(model, views, p, p.SitePath) : PageRoute(p, model, views)));
        routes.AddRange(DeadlineRoutes.Build(model, views));
        routes.Add(new Route(SitePaths.Search, "search.sbn", "search", views.Text("titles.search"), views.Text("titles.search_description"),
            Vars(("index_url", model.Config.Url(SitePaths.SearchManifest))), null));
        routes.Add(DocumentsPage.Route(model, views));
        routes.Add(new Route("/404.html", "404.sbn", "404", views.Text("titles.not_found"), views.Text("not_found.text"),
            Vars(("other_languages", NotFoundInOtherLanguages(model, views))), null, InSitemap: false));
        return routes.ToImmutable();
    }

    private static Route Home(SiteModel model, ViewFactory views, Page? page, string sitePath)
    {
        var language = page is null ? model.Config.Language : model.LanguageOf(page.Article);
        views = views.For(language);
        var upcoming = model.Deadlines.Where(d => !views.IsPast(d) && !d.Cancelled).Take(HomeDeadlines).ToList();
        // When fewer deadlines are ahead than the home page has room for, the latest past ones fill
        // it (marked as past), so the page still tells a visitor where the project stands.
        var recentPast = model.Deadlines.Where(views.IsPast).Reverse().Take(HomeDeadlines - upcoming.Count);
        var home = page is null ? null : views.Page(page);
        var featured = model.FeaturedPages(language);
        return new Route(sitePath, page?.Article.Template ?? "home.sbn", "home", page?.Title ?? model.Config.Title,
            page?.Article.Summary ?? model.Config.DescriptionFor(language),
            Vars(("item", home),
                 ("latest_news", model.News.Take(HomeNews).Select(views.News).ToImmutableArray()),
                 ("next_deadlines", views.Deadlines(upcoming)),
                 ("recent_deadlines", views.Deadlines(recentPast)),
                 ("featured", featured.Select(views.Page).ToImmutableArray())),
            page?.Article.Source, NewestNews(model)) { Language = language };
    }

    private static IEnumerable<Route> NewsLists(SiteModel model, ViewFactory views)
    {
        var size = model.Config.NewsPerPage;
        var total = Math.Max(1, (model.News.Length + size - 1) / size);
        for (var page = 1; page <= total; page++)
        {
            var current = page;
            var pages = PaginationView.Window(page, total)
                .Select(n => n == 0 ? new PageLinkView("…", null, false)
                    : new PageLinkView(n.ToString(System.Globalization.CultureInfo.InvariantCulture), model.Config.Url(SitePaths.NewsList(n)), n == current))
                .ToImmutableArray();
            var pagination = new PaginationView(page, total,
                page > 1 ? model.Config.Url(SitePaths.NewsList(page - 1)) : null,
                page < total ? model.Config.Url(SitePaths.NewsList(page + 1)) : null, pages);
            var items = model.News.Skip((page - 1) * size).Take(size).Select(views.News).ToImmutableArray();
            var title = page == 1 ? views.Text("titles.news") : views.Text("titles.news_page", page, total);
            yield return new Route(SitePaths.NewsList(page), "news-list.sbn", "news-list", title, views.Text("titles.news_description"),
                Vars(("news_items", items), ("pagination", pagination)), null, model.News.Skip((page - 1) * size).Select(n => (DateOnly?)LastChange(model, n)).FirstOrDefault());
        }
    }

    private static IEnumerable<Route> NewsItems(SiteModel model, ViewFactory views)
    {
        for (var i = 0; i < model.News.Length; i++)
        {
            var item = model.News[i];
            // The list is newest first: "newer" is the one before, "older" the one after.
            var newer = i > 0 ? model.News[i - 1] : null;
            var older = i + 1 < model.News.Length ? model.News[i + 1] : null;
            var language = model.LanguageOf(item.Article);
            yield return new Route(SitePaths.News(item.Slug), item.Article.Template ?? "news-item.sbn", "news", item.Title, item.Article.Summary,
                Vars(("item", views.For(language).News(item)),
                     ("newer", newer is null ? null : new LinkView(newer.Title, model.Config.Url(SitePaths.News(newer.Slug)))),
                     ("older", older is null ? null : new LinkView(older.Title, model.Config.Url(SitePaths.News(older.Slug))))),
                item.Article.Source, LastChange(model, item)) { Language = language };
        }
    }

    /// <summary>The sitemap's lastmod: the same date the page shows as "sist oppdatert", else its publication.</summary>
    private static DateOnly LastChange(SiteModel model, NewsItem item) => ContentDates.LocalDate(model, ContentDates.LastChangeAt(model, item));

    private static DateOnly? NewestNews(SiteModel model) => model.News.IsEmpty ? null : model.News.Max(n => LastChange(model, n));

    private static Route PageRoute(Page page, SiteModel model, ViewFactory views) =>
        new(page.SitePath, page.Article.Template ?? "page.sbn", "page", page.Title, page.Article.Summary,
            Vars(("item", views.For(model.LanguageOf(page.Article)).Page(page))), page.Article.Source, views.Updated(page.Article))
        { Language = model.LanguageOf(page.Article) };

    /// <summary>The 404 message in every other language the site has a home page in.</summary>
    private static ImmutableArray<NotFoundView> NotFoundInOtherLanguages(SiteModel model, ViewFactory views) =>
        [.. model.Translations.Homes.Where(h => h.Key != model.Config.Language).Select(h => NotFound(model, views.For(h.Key), h.Value))];

    private static NotFoundView NotFound(SiteModel model, ViewFactory views, string home) =>
        new(views.Language, views.Text("titles.not_found"), views.Text("not_found.text"),
            new LinkView(views.Text("not_found.home"), model.Config.Url(home)), new LinkView(views.Text("not_found.search"), model.Config.Url(SitePaths.Search)));

    private static ScriptObject Vars(params (string Name, object? Value)[] values)
    {
        var vars = new ScriptObject();
        foreach (var (name, value) in values)
            vars[name] = value;
        return vars;
    }
}
