using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Content;
using SiteGen.Site;
using SiteGen.Time;
using SiteGen.Urls;

namespace SiteGen.Rendering;

/// <summary>
/// schema.org data for search engines, one &lt;script type="application/ld+json"&gt; block a page with
/// an "@graph": WebSite on home pages, NewsArticle on news items, an Event for every deadline on the
/// deadline page, and a BreadcrumbList on every other page. Only facts the content states are written:
/// no author or image unless the item names them, no place for a deadline (it has none).
/// Written with Utf8JsonWriter, whose encoder writes '&lt;', '&gt;' and '&amp;' as \u escapes, so no
/// value can close the script element early.
/// </summary>
public sealed class JsonLd
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly SiteModel model;
    // Plain dictionaries, only read once made (by many threads): immutable ones took milliseconds to build in every rebuild.
    private readonly Dictionary<string, string> titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NewsItem> news = new(StringComparer.Ordinal);

    /// <param name="routes">Every page, for the names of the steps in breadcrumbs.</param>
    public JsonLd(SiteModel model, IEnumerable<Route> routes)
    {
        this.model = model;
        foreach (var route in routes)
            titles.TryAdd(route.SitePath, route.Title);
        foreach (var item in model.News)
            news.TryAdd(SitePaths.News(item.Slug), item);
    }

    /// <summary>The block for one page; empty for pages search engines should not read (404, redirects).</summary>
    public RawHtml For(Route route, ViewFactory views)
    {
        if (!route.InSitemap)
            return RawHtml.Empty;
        var language = views.Language;
        var graph = new List<Action<Utf8JsonWriter>>();
        switch (route.Kind)
        {
            case "home":
                graph.Add(w => WebSite(w, route, language));
                break;
            case "news" when news.TryGetValue(route.SitePath, out var item):
                graph.Add(w => Article(w, route, item, language));
                break;
            case "deadlines" when route.SitePath == SitePaths.Deadlines:
                foreach (var deadline in model.Deadlines)
                    graph.Add(w => Event(w, deadline));
                break;
        }
        if (route.Kind != "home" && BreadcrumbSteps(route, views) is { Count: >= 2 } steps)
            graph.Add(w => Breadcrumbs(w, steps));
        if (graph.Count == 0)
            return RawHtml.Empty;
        var json = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(json, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("@context", "https://schema.org");
            writer.WriteStartArray("@graph");
            foreach (var write in graph)
                write(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return new RawHtml($"<script type=\"application/ld+json\">{Encoding.UTF8.GetString(json.WrittenSpan)}</script>");
    }

    /// <summary>
    /// What <see cref="For"/> and <see cref="NewsTimes"/> read besides the route, its language and the settings: the news item and
    /// its times, the deadlines on the deadline page, and the breadcrumb's steps.
    /// </summary>
    public object Inputs(Route route, ViewFactory views) => (
        route.Kind == "news" && news.TryGetValue(route.SitePath, out var item) ? item : null,
        NewsTimes(route),
        route.Kind == "deadlines" && route.SitePath == SitePaths.Deadlines ? model.Deadlines : [],
        route.Kind == "home" ? null : BreadcrumbSteps(route, views));

    /// <summary>A news item's publication and last change, for article:published_time and article:modified_time; null for other pages.</summary>
    public (string Published, string Modified)? NewsTimes(Route route) =>
        route.Kind == "news" && news.TryGetValue(route.SitePath, out var item)
            ? (ContentDates.Iso(model, ContentDates.PublishedAt(model, item)), ContentDates.Iso(model, ContentDates.LastChangeAt(model, item)))
            : null;

    /// <summary>The site in the home page's language: /en/ has its own address, description and language.</summary>
    /// <remarks>The description is the site's (site.yml, or its 'languages:' entry), not the home page's summary.</remarks>
    private void WebSite(Utf8JsonWriter writer, Route route, string language)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "WebSite");
        writer.WriteString("name", model.Config.Title);
        writer.WriteString("description", model.Config.DescriptionFor(language));
        writer.WriteString("url", model.Config.AbsoluteUrl(route.SitePath));
        writer.WriteString("inLanguage", language);
        Publisher(writer, "publisher");
        writer.WriteEndObject();
    }

    /// <summary>
    /// Google's Article documentation requires nothing and recommends headline, datePublished,
    /// dateModified, author and image; author only when the item's front matter names one, since the
    /// site's owner publishes but did not necessarily write it.
    /// </summary>
    private void Article(Utf8JsonWriter writer, Route route, NewsItem item, string language)
    {
        var url = model.Config.AbsoluteUrl(route.SitePath);
        writer.WriteStartObject();
        writer.WriteString("@type", "NewsArticle");
        writer.WriteString("headline", item.Title);
        writer.WriteString("url", url);
        writer.WriteString("mainEntityOfPage", url);
        writer.WriteString("datePublished", ContentDates.Iso(model, ContentDates.PublishedAt(model, item)));
        writer.WriteString("dateModified", ContentDates.Iso(model, ContentDates.LastChangeAt(model, item)));
        writer.WriteString("inLanguage", language);
        if (item.Article.Summary is { } summary)
            writer.WriteString("description", summary);
        if (item.Tags.Length > 0)
            writer.WriteString("keywords", string.Join(", ", item.Tags));
        if (item.Article.Params.GetValueOrDefault("author") is string author && author.Trim().Length > 0)
        {
            writer.WriteStartObject("author");
            writer.WriteString("@type", "Person");
            writer.WriteString("name", author.Trim());
            writer.WriteEndObject();
        }
        Publisher(writer, "publisher");
        writer.WriteEndObject();
    }

    /// <summary>
    /// A deadline as a schema.org Event. Google's Event rich result also requires a location, which a
    /// deadline does not have: none is made up (nor an attendance mode), so deadlines are described
    /// to search engines without claiming to be something one attends.
    /// </summary>
    private void Event(Utf8JsonWriter writer, Deadline deadline)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "Event");
        writer.WriteString("name", deadline.Title);
        writer.WriteString("url", model.Config.AbsoluteUrl(SitePaths.Deadline(deadline.Id)));
        writer.WriteString("startDate", DateOf(deadline.Start, first: true));
        writer.WriteString("eventStatus", deadline.Cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
        writer.WriteString("inLanguage", model.Config.Language);
        // A day or a month lasts to its end; a moment ("kl. 12") has no end unless one is written.
        if ((deadline.End ?? (deadline.IsTimed ? null : deadline.Start)) is { } end)
            writer.WriteString("endDate", DateOf(end, first: false));
        if (deadline.DescriptionText.Trim().Length > 0)
            writer.WriteString("description", deadline.DescriptionText.Trim());
        Publisher(writer, "organizer");
        writer.WriteEndObject();
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
    private List<(string Name, string Path)> BreadcrumbSteps(Route route, ViewFactory views)
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
        return steps;
    }

    private void Breadcrumbs(Utf8JsonWriter writer, List<(string Name, string Path)> steps)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "BreadcrumbList");
        writer.WriteStartArray("itemListElement");
        for (var i = 0; i < steps.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("@type", "ListItem");
            writer.WriteNumber("position", i + 1);
            writer.WriteString("name", steps[i].Name);
            writer.WriteString("item", model.Config.AbsoluteUrl(steps[i].Path));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void Publisher(Utf8JsonWriter writer, string property)
    {
        if (model.Config.Owner.Length == 0)
            return;
        writer.WriteStartObject(property);
        writer.WriteString("@type", "Organization");
        writer.WriteString("name", model.Config.Owner);
        writer.WriteEndObject();
    }
}
