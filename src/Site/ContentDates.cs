using SiteGen.Content;

namespace SiteGen.Site;

/// <summary>
/// When a news item or page was published and last updated: the one answer the page ("Sist
/// oppdatert"), the feeds, sitemap.xml and the JSON-LD all use, so they cannot disagree.
/// </summary>
public static class ContentDates
{
    /// <summary>A news item's publication: its local date (and time) in the site's time zone.</summary>
    public static DateTimeOffset PublishedAt(SiteModel model, NewsItem item) =>
        model.Time.InstantOf(item.Date.LocalDateTime);

    /// <summary>
    /// The last update: the last commit that changed the file after the one that added it, else the
    /// front matter's 'updated'. Null when there is none, or (for a news item) when it falls on or before
    /// the day the item was published: an update never comes before the item it updates.
    /// </summary>
    public static DateTimeOffset? UpdatedAt(SiteModel model, Article document, DateOnly? publishedOn = null)
    {
        DateTimeOffset? updated = model.LastCommitted.TryGetValue(document.Source.Path, out var committed)
            ? committed
            : document.Updated is { } written ? model.Time.InstantOf(written.LocalDateTime) : null;
        return updated is { } u && (publishedOn is not { } published || LocalDate(model, u) > published) ? model.Time.InZone(u) : null;
    }

    public static DateTimeOffset? UpdatedAt(SiteModel model, NewsItem item) => UpdatedAt(model, item.Article, item.Date.Date);

    /// <summary>When the item last changed: its update, else its publication.</summary>
    public static DateTimeOffset LastChangeAt(SiteModel model, NewsItem item) => UpdatedAt(model, item) ?? PublishedAt(model, item);

    /// <summary>The calendar date of an instant in the site's time zone, as the pages show it.</summary>
    public static DateOnly LocalDate(SiteModel model, DateTimeOffset instant) =>
        model.Time.DateOf(instant);

    /// <summary>An instant in the site's time zone as ISO 8601 with its offset ("2022-11-08T00:00:00+01:00"), for JSON-LD and meta tags.</summary>
    public static string Iso(SiteModel model, DateTimeOffset instant) =>
        model.Time.InZone(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
