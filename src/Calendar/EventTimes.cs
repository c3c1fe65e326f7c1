using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using SiteGen.Content;
using SiteGen.Time;

namespace SiteGen.Calendar;

/// <summary>DTSTART and DTEND of a deadline, as RFC 5545 wants them.</summary>
public static class EventTimes
{
    public static void Set(CalendarEvent e, Deadline d, TimeZoneInfo zone)
    {
        if (d.Start.Time is not null)
        {
            var start = Instant(d.Start, zone);
            e.DtStart = Utc(start);
            // A point in time has no DTEND (RFC 5545 3.6.1: it then takes no time). DTEND equal to
            // DTSTART breaks 3.8.2.2 and strict clients (calcurse) drop the event.
            if (End(d, zone) is { } end && end > start)
                e.DtEnd = Utc(end);
            return;
        }
        // Whole days: DTEND is exclusive (RFC 5545 3.6.1), so a one-day deadline ends the next day.
        e.DtStart = new CalDateTime(d.FirstDay);
        e.DtEnd = new CalDateTime(d.LastDay.AddDays(1));
    }

    /// <summary>
    /// The end of a timed deadline: its clock time, or for a date-only end ("until 13 December")
    /// the local midnight after that day (after the month, for a month).
    /// </summary>
    public static DateTimeOffset? End(Deadline d, TimeZoneInfo zone) => d.End switch
    {
        null => null,
        { Time: not null } end => Instant(end, zone),
        _ => LocalTime.ToInstant(d.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), zone),
    };

    private static DateTimeOffset Instant(DateText local, TimeZoneInfo zone) => LocalTime.ToInstant(local.LocalDateTime, zone);

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, CalDateTime.UtcTzId);
}
