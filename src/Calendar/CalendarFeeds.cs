using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Urls;

namespace SiteGen.Calendar;

/// <summary>Which .ics files the site publishes and what each holds.</summary>
public static class CalendarFeeds
{
    public static ImmutableArray<CalendarFeed> All(CalendarData model)
    {
        var inFeeds = model.Deadlines.Where(d => StaysInFeeds(d, model)).ToImmutableArray();
        var feeds = ImmutableArray.CreateBuilder<CalendarFeed>();
        feeds.Add(new CalendarFeed(SitePaths.CalendarFeed, FeedName(model, null), $"Alle frister i {model.Config.Title}", inFeeds, true));
        foreach (var (id, label) in model.Config.Audiences)
        {
            feeds.Add(new CalendarFeed(SitePaths.CalendarFeedFor(id), FeedName(model, label), $"Frister for {label.ToLowerInvariant()} i {model.Config.Title}",
                [.. inFeeds.Where(d => d.Audiences.Contains(id))], true));
        }
        feeds.AddRange(model.Deadlines.Select(d => new CalendarFeed(SitePaths.DeadlineCalendar(d.Id), d.Title, model.Config.Title, [d], false)));
        return feeds.ToImmutable();
    }

    public static string FeedName(CalendarData model, string? audienceLabel) =>
        audienceLabel is null ? $"Frister – {model.Config.Title}" : $"Frister for {audienceLabel.ToLowerInvariant()} – {model.Config.Title}";

    /// <summary>
    /// A cancelled deadline stays in the feeds for a while with STATUS:CANCELLED, so calendars that
    /// subscribed remove or strike it, instead of it silently vanishing; then it is dropped.
    /// </summary>
    private static bool StaysInFeeds(Deadline deadline, CalendarData model) =>
        !deadline.Cancelled || deadline.LastDay.AddDays(model.Config.KeepCancelledDays) >= model.Today;
}
