using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SiteGen.Deadlines;
using SiteGen.Site;

namespace SiteGen.Calendar;

/// <summary>
/// Writes RFC 5545 feeds with Ical.Net, which handles escaping, CRLF and 75-octet folding that never
/// splits a UTF-8 character. Its output is byte-stable once DTSTAMP is set explicitly (it sorts
/// properties), so no hand-written serializer is needed. Every value here comes from the model:
/// nothing depends on the build clock.
/// </summary>
public sealed class CalendarFeedWriter(SiteModel model)
{
    /// <summary>Names the program that wrote the feed (RFC 5545 PRODID), whichever site it builds.</summary>
    public const string ProductId = "-//SiteGen//SiteGen//NB";
    private static readonly Duration RefreshInterval = Duration.FromHours(12);

    public byte[] Write(CalendarFeed feed)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("CALSCALE", "GREGORIAN");
        calendar.AddProperty("X-WR-CALNAME", feed.Name);
        calendar.AddProperty("X-WR-CALDESC", feed.Description);
        calendar.AddProperty("X-WR-TIMEZONE", model.Config.TimeZone.Id);
        // The site's time zone as a component: calendar apps read it as the feed's zone, and a feed
        // with no deadlines (an audience without any yet) still has the one component RFC 5545 asks for.
        // A fixed earliest date keeps it the same on every build.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(model.Config.TimeZone.Id, new DateTime(2020, 1, 1), includeHistoricalData: false));
        if (feed.IsSubscription)
        {
            var refresh = new CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
            refresh.Parameters.Set("VALUE", "DURATION");
            calendar.AddProperty(refresh);
            calendar.AddProperty("X-PUBLISHED-TTL", "PT12H");
        }
        foreach (var deadline in feed.Deadlines)
            calendar.Events.Add(Event(deadline));
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return Encoding.UTF8.GetBytes(text);
    }

    private CalendarEvent Event(Deadline d)
    {
        var stamp = model.DeadlineStamps.GetValueOrDefault(d.Id, DeadlineStamp.WithoutHistory);
        var modified = new CalDateTime(stamp.Modified.UtcDateTime, CalDateTime.UtcTzId);
        var url = model.Config.AbsoluteUrl(SitePaths.Deadline(d.Id));
        var e = new CalendarEvent
        {
            Uid = $"{d.Id}@{model.Config.Host}",
            Summary = d.Cancelled ? "AVLYST: " + d.Title : d.Title,
            Description = Description(d, url),
            DtStamp = modified,
            LastModified = modified,
            Sequence = stamp.Sequence,
            Status = d.Cancelled ? "CANCELLED" : "CONFIRMED",
            Transparency = "TRANSPARENT",
            Url = new Uri(url),
        };
        SetTimes(e, d);
        foreach (var audience in d.Audiences)
            e.Categories.Add(model.Config.AudienceLabel(audience) ?? audience);
        if (!d.Cancelled)
        {
            foreach (var before in d.Reminders ?? model.Config.DefaultReminders)
                e.Alarms.Add(Reminder(d, before));
        }
        return e;
    }

    private void SetTimes(CalendarEvent e, Deadline d)
    {
        if (d.Start.Time is { } startTime)
        {
            var start = LocalTime.ToInstant(d.Start.Date.ToDateTime(startTime), model.Config.TimeZone);
            var end = d.End is { Time: { } endTime } endText
                ? LocalTime.ToInstant(endText.Date.ToDateTime(endTime), model.Config.TimeZone)
                : start;
            e.DtStart = new CalDateTime(start.UtcDateTime, CalDateTime.UtcTzId);
            e.DtEnd = new CalDateTime(end.UtcDateTime, CalDateTime.UtcTzId);
            return;
        }
        // Whole days: DTEND is exclusive (RFC 5545 3.6.1), so a one-day deadline ends the next day.
        e.DtStart = new CalDateTime(d.FirstDay);
        e.DtEnd = new CalDateTime(d.LastDay.AddDays(1));
    }

    private static string Description(Deadline d, string url)
    {
        var text = new StringBuilder();
        if (d.DescriptionText.Length > 0)
            text.Append(d.DescriptionText).Append("\n\n");
        return text.Append("Les mer: ").Append(url).ToString();
    }

    private static Alarm Reminder(Deadline d, TimeSpan before) => new()
    {
        Action = AlarmAction.Display,
        Description = "Påminnelse: " + d.Title,
        // Whole days read better in calendar apps' reminder lists: TRIGGER:-P7D rather than -PT168H.
        Trigger = new Trigger(before.Ticks % TimeSpan.TicksPerDay == 0 ? Duration.FromDays(-(int)before.TotalDays) : Duration.FromTimeSpanExact(-before)),
    };
}
