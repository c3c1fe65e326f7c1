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
        var texts = CalendarTexts.Of(model);
        var title = model.Config.Title;
        var feeds = ImmutableArray.CreateBuilder<CalendarFeed>();
        feeds.Add(new CalendarFeed(SitePaths.CalendarFeed, FeedName(model, null), CalendarTexts.Fill(texts.Description, title), inFeeds, true, texts));
        foreach (var (id, label) in model.Config.Audiences)
        {
            feeds.Add(new CalendarFeed(SitePaths.CalendarFeedFor(id), FeedName(model, label), CalendarTexts.Fill(texts.DescriptionAudience, label.ToLowerInvariant(), title),
                [.. inFeeds.Where(d => d.Audiences.Contains(id))], true, texts));
        }
        feeds.AddRange(model.Deadlines.Select(d => new CalendarFeed(SitePaths.DeadlineCalendar(d.Id), d.Title, title, [d], false, texts)));
        return feeds.ToImmutable();
    }

    /// <summary>A subscribable calendar's name (calendar_feed.name in theme/i18n): the whole site's, or an audience's.</summary>
    public static string FeedName(CalendarData model, string? audienceLabel)
    {
        var texts = CalendarTexts.Of(model);
        return audienceLabel is null
            ? CalendarTexts.Fill(texts.Name, model.Config.Title)
            : CalendarTexts.Fill(texts.NameAudience, audienceLabel.ToLowerInvariant(), model.Config.Title);
    }

    /// <summary>
    /// A cancelled deadline stays in the feeds for a while with STATUS:CANCELLED, so calendars that
    /// subscribed remove or strike it, instead of it silently vanishing; then it is dropped.
    /// </summary>
    private static bool StaysInFeeds(Deadline deadline, CalendarData model) =>
        !deadline.Cancelled || deadline.LastDay.AddDays(model.Config.KeepCancelledDays) >= model.Today;
}
