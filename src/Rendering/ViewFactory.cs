using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Deadlines;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Rendering;

/// <summary>Turns the model into the plain view records templates loop over; all date logic stays here.</summary>
public sealed class ViewFactory(SiteModel model)
{
    /// <summary>Pages with at least this many headings get a table of contents unless 'toc:' says otherwise.</summary>
    public const int TocThreshold = 3;

    private readonly Dictionary<string, DeadlineView> deadlineViews = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public SiteView Site() => new(
        model.Config.Title, model.Config.Subtitle, model.Config.Description, model.Config.Language, model.Config.Owner,
        model.Config.BaseUrl.AbsoluteUri, model.Config.Url("/"), model.Config.AccessibilityStatementUrl is { } statement ? Href(statement) : null,
        [.. model.Config.Audiences.Select(a => new AudienceView(a.Key, a.Value))], model.Config.Params);

    public ImmutableArray<MenuItemView> Menu(string currentSitePath) =>
        [.. model.Config.Menu.Select(m => new MenuItemView(m.Title, Href(m.Url), IsCurrent(m.Url, currentSitePath)))];

    public string Href(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? model.Config.Url(url) : url;

    public DateView Date(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), NorwegianDates.Day(date), NorwegianDates.Weekday(date));

    public DocumentView News(NewsItem item) => Document(item.Document, SitePaths.News(item.Slug), Date(item.Date.Date), item.Tags,
        [.. model.DeadlinesOf(item).Select(Deadline)], Updated(item.Document) is { } u && u > item.Date.Date ? u : null);

    public DocumentView Page(Page page) => Document(page.Document, page.SitePath, null, [], [], Updated(page.Document));

    /// <summary>"Sist oppdatert": the file's last commit (a date in the site's time zone), else front matter 'updated'.</summary>
    public DateOnly? Updated(ContentDocument document) =>
        model.LastCommitted.TryGetValue(document.Source.Path, out var committed)
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(committed, model.Config.TimeZone).DateTime)
            : document.Updated?.Date;

    public DeadlineView Deadline(Deadline deadline)
    {
        lock (gate)
        {
            if (!deadlineViews.TryGetValue(deadline.Id, out var view))
                deadlineViews[deadline.Id] = view = CreateDeadline(deadline);
            return view;
        }
    }

    public ImmutableArray<DeadlineView> Deadlines(IEnumerable<Deadline> deadlines) => [.. deadlines.Select(Deadline)];

    public bool IsPast(Deadline deadline) => deadline.IsTimed
        ? deadline.Start.LocalDateTime < TimeZoneInfo.ConvertTime(model.Now, model.Config.TimeZone).DateTime
        : deadline.LastDay < model.Today;

    private DeadlineView CreateDeadline(Deadline d)
    {
        var isPast = IsPast(d);
        var status = d.Cancelled ? "Avlyst" : isPast ? "Fristen er ute" : DaysLeft(d);
        return new DeadlineView(
            d.Id, d.Title, model.Config.Url(SitePaths.Deadline(d.Id)),
            d.End is { } end ? NorwegianDates.Range(d.Start, end) : NorwegianDates.Of(d.Start),
            d.Start.Time is { } t ? $"{d.Start.Date:yyyy-MM-dd}T{t:HH\\:mm}" : d.Start.IsMonth && d.End is null ? $"{d.Start.Date:yyyy-MM}" : $"{d.Start.Date:yyyy-MM-dd}",
            d.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            isPast, d.Cancelled, d.End is not null || d.Start.IsMonth, status,
            [.. d.Audiences.Select(a => new AudienceView(a, model.Config.AudienceLabel(a) ?? a))],
            new RawHtml(d.DescriptionHtml),
            MoreLink(d),
            model.Config.Url(SitePaths.DeadlineCalendar(d.Id)),
            [.. model.NewsOf(d).Select(n => new LinkView(n.Title, model.Config.Url(SitePaths.News(n.Slug))))]);
    }

    /// <summary>The deadline's own link, unless it only repeats a news item already listed with it.</summary>
    private string? MoreLink(Deadline d) =>
        d.Link is null || model.NewsOf(d).Any(n => SitePaths.News(n.Slug) == d.Link) ? null : Href(d.Link);

    private string DaysLeft(Deadline d)
    {
        var days = d.FirstDay.DayNumber - model.Today.DayNumber;
        return days switch
        {
            <= 0 => d.LastDay == model.Today || d.FirstDay == model.Today ? "I dag" : "Pågår",
            1 => "I morgen",
            _ => $"Om {days} dager",
        };
    }

    private DocumentView Document(ContentDocument doc, string sitePath, DateView? date, ImmutableArray<string> tags, ImmutableArray<DeadlineView> deadlines, DateOnly? updated)
    {
        var toc = doc.Body.Headings.Where(h => h.Level is 2 or 3).ToImmutableArray();
        return new DocumentView(doc.Slug, doc.Title, model.Config.Url(sitePath), doc.Summary, date,
            updated is { } u ? Date(u) : null, tags, new RawHtml(doc.Body.Html), toc,
            doc.ShowToc ?? toc.Length >= TocThreshold, deadlines, doc.Params);
    }

    private static bool IsCurrent(string menuUrl, string current) =>
        menuUrl == "/" ? current == "/" : menuUrl.StartsWith('/') && current.StartsWith(menuUrl, StringComparison.Ordinal);
}
