using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using SiteGen.Config;
using SiteGen.Site;
using SiteGen.Content;
using SiteGen.History;
using SiteGen.Urls;

namespace SiteGen.Calendar;

/// <summary>
/// One deadline as a VEVENT. Everything in it comes from the deadline, the site settings and the
/// stamp, never from the clock; <see cref="EventVersion"/> serializes the same event to tell when
/// it changed, so what decides a new version is exactly what subscribers receive.
/// </summary>
public static class CalendarEvents
{
    /// <summary>Whole-day deadlines remind at this local time (a working hour), not at midnight.</summary>
    public static readonly TimeSpan WholeDayReminderTime = TimeSpan.FromHours(9);

    public static string Uid(string id, SiteConfig config, DeadlineStamp? stamp) => stamp?.Uid ?? $"{id}@{config.UidDomain}";

    public static CalendarEvent Create(Deadline d, SiteConfig config, DeadlineStamp stamp)
    {
        var modified = new CalDateTime(stamp.Modified.UtcDateTime, CalDateTime.UtcTzId);
        var url = config.AbsoluteUrl(SitePaths.Deadline(d.Id));
        var e = new CalendarEvent
        {
            Uid = Uid(d.Id, config, stamp),
            Summary = d.Cancelled ? "AVLYST: " + d.Title : d.Title,
            Description = Description(FeedDescription.Text(d.DescriptionHtml, config.BaseUrl), url),
            DtStamp = modified,
            LastModified = modified,
            Sequence = stamp.Sequence,
            Status = d.Cancelled ? "CANCELLED" : "CONFIRMED",
            Transparency = "TRANSPARENT",
            Url = new Uri(url),
        };
        if (d.DescriptionHtml.Length > 0)
            e.AddProperty(AltDescription(FeedDescription.Html(d.DescriptionHtml, config.BaseUrl), url));
        EventTimes.Set(e, d, config.TimeZone);
        foreach (var audience in d.Audiences)
            e.Categories.Add(config.AudienceLabel(audience) ?? audience);
        if (!d.Cancelled)
        {
            foreach (var before in d.Reminders ?? config.DefaultReminders)
                e.Alarms.Add(Reminder(d, before));
        }
        return e;
    }

    private static string Description(string text, string url) =>
        (text.Length > 0 ? text + "\n\n" : "") + "Les mer: " + url;

    /// <summary>RFC 5545 allows X- properties; Outlook and Thunderbird show this HTML instead of DESCRIPTION.</summary>
    private static CalendarProperty AltDescription(string html, string url)
    {
        var encoded = System.Net.WebUtility.HtmlEncode(url);
        var property = new CalendarProperty("X-ALT-DESC",
            $"<!DOCTYPE html><html><body>{html}<p>Les mer: <a href=\"{encoded}\">{encoded}</a></p></body></html>");
        property.Parameters.Set("FMTTYPE", "text/html");
        return property;
    }

    private static Alarm Reminder(Deadline d, TimeSpan before) => new()
    {
        Action = AlarmAction.Display,
        Description = "Påminnelse: " + d.Title,
        Trigger = new Trigger(TriggerOffset(d, before)),
    };

    /// <summary>
    /// A timed deadline reminds the given time before it. A whole day (or month) starts at local
    /// midnight, so "1 day before" would ring at midnight: it rings that long before 09:00 on the
    /// first day instead (P1D: 09:00 the day before, written -PT15H, as Apple Calendar writes it).
    /// </summary>
    private static Duration TriggerOffset(Deadline d, TimeSpan before)
    {
        var offset = d.IsTimed ? -before : WholeDayReminderTime - before;
        // Days read better in calendar apps' reminder lists: -P6DT15H rather than -PT159H.
        var sign = offset < TimeSpan.Zero ? -1 : 1;
        var length = offset.Duration();
        return new Duration(days: sign * length.Days, hours: sign * length.Hours, minutes: sign * length.Minutes, seconds: sign * length.Seconds);
    }
}
