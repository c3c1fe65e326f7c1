using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using SiteGen.Content;
using SiteGen.Site;
using SiteGen.Urls;
using SiteGen.Time;

namespace SiteGen.Rendering;

/// <summary>
/// schema.org data for search engines, one &lt;script type="application/ld+json"&gt; block a page with
/// an "@graph": WebSite on home pages, NewsArticle on news items, an Event for every deadline on the
/// deadline page, and a BreadcrumbList on every other page. Only facts the content states are written:
/// no author or image unless the item names them, no place for a deadline (it has none).
/// System.Text.Json's default encoder writes '&lt;', '&gt;' and '&amp;' as \u escapes, so no value
/// can close the script element early.
/// </summary>
public sealed class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly SiteModel model;
    private readonly ImmutableDictionary<string, string> titles;
    private readonly ImmutableDictionary<string, NewsItem> news;

    /// <param name="routes">Every page, for the names of the steps in breadcrumbs.</param>
    public JsonLd(SiteModel model, IEnumerable<Route> routes)
    {
        this.model = model;
        titles = routes.GroupBy(r => r.SitePath, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        news = model.News.ToImmutableDictionary(n => SitePaths.News(n.Slug), n => n, StringComparer.Ordinal);
    }

    /// <summary>The block for one page; empty for pages search engines should not read (404, redirects).</summary>
    public RawHtml For(Route route, ViewFactory views)
    {
        if (!route.InSitemap)
            return RawHtml.Empty;
        var language = views.Language;
        var graph = new JsonArray();
        switch (route.Kind)
        {
            case "home":
                graph.Add(WebSite(route, language));
                break;
            case "news" when news.TryGetValue(route.SitePath, out var item):
                graph.Add(Article(route, item, language));
                break;
            case "deadlines" when route.SitePath == SitePaths.Deadlines:
                foreach (var deadline in model.Deadlines)
                    graph.Add(Event(deadline));
                break;
        }
        if (route.Kind != "home" && Breadcrumbs(route, views) is { } breadcrumbs)
            graph.Add(breadcrumbs);
        if (graph.Count == 0)
            return RawHtml.Empty;
        var root = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        return new RawHtml($"<script type=\"application/ld+json\">{root.ToJsonString(Options)}</script>");
    }

    /// <summary>A news item's publication and last change, for article:published_time and article:modified_time; null for other pages.</summary>
    public (string Published, string Modified)? NewsTimes(Route route) =>
        route.Kind == "news" && news.TryGetValue(route.SitePath, out var item)
            ? (ContentDates.Iso(model, ContentDates.PublishedAt(model, item)), ContentDates.Iso(model, ContentDates.LastChangeAt(model, item)))
            : null;

    /// <summary>The site in the home page's language: /en/ has its own address, description and language.</summary>
    /// <remarks>The description is the site's (site.yml, or its 'languages:' entry), not the home page's summary.</remarks>
    private JsonObject WebSite(Route route, string language)
    {
        var website = new JsonObject
        {
            ["@type"] = "WebSite",
            ["name"] = model.Config.Title,
            ["description"] = model.Config.DescriptionFor(language),
            ["url"] = model.Config.AbsoluteUrl(route.SitePath),
            ["inLanguage"] = language,
        };
        if (Publisher() is { } publisher)
            website["publisher"] = publisher;
        return website;
    }

    /// <summary>
    /// Google's Article documentation requires nothing and recommends headline, datePublished,
    /// dateModified, author and image; author only when the item's front matter names one, since the
    /// site's owner publishes but did not necessarily write it.
    /// </summary>
    private JsonObject Article(Route route, NewsItem item, string language)
    {
        var url = model.Config.AbsoluteUrl(route.SitePath);
        var article = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["headline"] = item.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = ContentDates.Iso(model, ContentDates.PublishedAt(model, item)),
            ["dateModified"] = ContentDates.Iso(model, ContentDates.LastChangeAt(model, item)),
            ["inLanguage"] = language,
        };
        if (item.Article.Summary is { } summary)
            article["description"] = summary;
        if (item.Tags.Length > 0)
            article["keywords"] = string.Join(", ", item.Tags);
        if (item.Article.Params.GetValueOrDefault("author") is string author && author.Trim().Length > 0)
            article["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author.Trim() };
        if (Publisher() is { } publisher)
            article["publisher"] = publisher;
        return article;
    }

    /// <summary>
    /// A deadline as a schema.org Event. Google's Event rich result also requires a location, which a
    /// deadline does not have: none is made up (nor an attendance mode), so deadlines are described
    /// to search engines without claiming to be something one attends.
    /// </summary>
    private JsonObject Event(Deadline deadline)
    {
        var ev = new JsonObject
        {
            ["@type"] = "Event",
            ["name"] = deadline.Title,
            ["url"] = model.Config.AbsoluteUrl(SitePaths.Deadline(deadline.Id)),
            ["startDate"] = DateOf(deadline.Start, first: true),
            ["eventStatus"] = deadline.Cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
            ["inLanguage"] = model.Config.Language,
        };
        // A day or a month lasts to its end; a moment ("kl. 12") has no end unless one is written.
        if ((deadline.End ?? (deadline.IsTimed ? null : deadline.Start)) is { } end)
            ev["endDate"] = DateOf(end, first: false);
        if (deadline.DescriptionText.Trim().Length > 0)
            ev["description"] = deadline.DescriptionText.Trim();
        if (Publisher() is { } organizer)
            ev["organizer"] = organizer;
        return ev;
    }

    /// <summary>A date as written: a day ("2022-12-15"), a local time with its offset, or a month's first or last day.</summary>
    private string DateOf(DateText date, bool first)
    {
        if (date.Time is not null)
            return ContentDates.Iso(model, Time.LocalTime.ToInstant(date.LocalDateTime, model.Config.TimeZone));
        var day = date.IsMonth && !first ? new DateOnly(date.Date.Year, date.Date.Month, DateTime.DaysInMonth(date.Date.Year, date.Date.Month)) : date.Date;
        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Home, then every page whose address the page's address begins with, then the page:
    /// Forside › Aktuelt › the item; /en/about-the-project/ begins at /en/.
    /// </summary>
    private JsonObject? Breadcrumbs(Route route, ViewFactory views)
    {
        var home = model.Translations.Homes.GetValueOrDefault(views.Language) ?? "/";
        var steps = new List<(string Name, string Path)> { (titles.GetValueOrDefault(home) ?? model.Config.Title, home) };
        var segments = route.SitePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < segments.Length; i++)
        {
            var prefix = "/" + string.Join('/', segments.Take(i)) + "/";
            if (prefix != home && titles.TryGetValue(prefix, out var title))
                steps.Add((title, prefix));
        }
        if (route.SitePath != home)
            steps.Add((route.Title, route.SitePath));
        if (steps.Count < 2)
            return null;
        var items = new JsonArray();
        for (var i = 0; i < steps.Count; i++)
            items.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = steps[i].Name,
                ["item"] = model.Config.AbsoluteUrl(steps[i].Path),
            });
        return new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
    }

    private JsonObject? Publisher() => model.Config.Owner.Length == 0 ? null
        : new JsonObject { ["@type"] = "Organization", ["name"] = model.Config.Owner };
}
