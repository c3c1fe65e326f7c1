using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.History;
using SiteGen.Site;
using SiteGen.Urls;

namespace SiteGen.Calendar;

/// <summary>
/// One deadline as a VEVENT. Everything in it comes from the deadline, the site settings, the theme's
/// texts (<see cref="CalendarTexts"/>) and the stamp, never from the clock; <see cref="EventVersion"/>
/// serializes the same event with neutral texts to tell when it changed, so what decides a new
/// version is exactly what subscribers receive of the deadline and the settings.
/// </summary>
public static class CalendarEvents
{
    /// <summary>Whole-day deadlines remind at this local time (a working hour), not at midnight.</summary>
    public static readonly TimeSpan WholeDayReminderTime = TimeSpan.FromHours(9);

    public static string Uid(string id, SiteConfig config, DeadlineStamp? stamp) => stamp?.Uid ?? $"{id}@{config.UidDomain}";

    public static CalendarEvent Create(Deadline d, SiteConfig config, DeadlineStamp stamp, CalendarTexts texts)
    {
        var modified = new CalDateTime(stamp.Modified.UtcDateTime, CalDateTime.UtcTzId);
        var url = config.AbsoluteUrl(SitePaths.Deadline(d.Id));
        var e = new CalendarEvent
        {
            Uid = Uid(d.Id, config, stamp),
            Summary = d.Cancelled ? CalendarTexts.Fill(texts.Cancelled, d.Title) : d.Title,
            Description = Description(FeedDescription.Text(d.DescriptionHtml, config.BaseUrl), url, texts),
            DtStamp = modified,
            LastModified = modified,
            Sequence = stamp.Sequence,
            Status = d.Cancelled ? "CANCELLED" : "CONFIRMED",
            Transparency = "TRANSPARENT",
            Url = new Uri(url),
        };
        if (d.DescriptionHtml.Length > 0)
            e.AddProperty(AltDescription(FeedDescription.Html(d.DescriptionHtml, config.BaseUrl), url, texts));
        EventTimes.Set(e, d, config.TimeZone);
        foreach (var audience in d.Audiences)
            e.Categories.Add(config.AudienceLabel(audience) ?? audience);
        if (!d.Cancelled)
        {
            foreach (var before in d.Reminders ?? config.DefaultReminders)
                e.Alarms.Add(Reminder(d, before, texts));
        }
        return e;
    }

    private static string Description(string text, string url, CalendarTexts texts) =>
        (text.Length > 0 ? text + "\n\n" : "") + CalendarTexts.Fill(texts.ReadMore, url);

    /// <summary>RFC 5545 allows X- properties; Outlook and Thunderbird show this HTML instead of DESCRIPTION.</summary>
    private static CalendarProperty AltDescription(string html, string url, CalendarTexts texts)
    {
        var encoded = System.Net.WebUtility.HtmlEncode(url);
        var readMore = CalendarTexts.Fill(EscapeText(texts.ReadMore), $"<a href=\"{encoded}\">{encoded}</a>");
        var property = new CalendarProperty("X-ALT-DESC",
            $"<!DOCTYPE html><html><body>{html}<p>{readMore}</p></body></html>");
        property.Parameters.Set("FMTTYPE", "text/html");
        return property;
    }

    /// <summary>A theme text as HTML text (WebUtility.HtmlEncode would also turn every "ø" into a character reference).</summary>
    private static string EscapeText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static Alarm Reminder(Deadline d, TimeSpan before, CalendarTexts texts) => new()
    {
        Action = AlarmAction.Display,
        Description = CalendarTexts.Fill(texts.Reminder, d.Title),
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
