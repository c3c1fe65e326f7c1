namespace SiteGen.Time;

/// <summary>
/// The build's clock in the site's time zone: the one place where "now" becomes a local time and a
/// date, so the pages, feeds, calendars and the preview agree on what "today" is.
/// </summary>
public sealed class SiteTime
{
    public SiteTime(DateTimeOffset now, TimeZoneInfo zone)
    {
        Now = now;
        Zone = zone;
        LocalNow = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        Today = DateOnly.FromDateTime(LocalNow);
    }

    /// <summary>The instant of the build (from --now, SOURCE_DATE_EPOCH or the clock).</summary>
    public DateTimeOffset Now { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The wall-clock time in the site's zone.</summary>
    public DateTime LocalNow { get; }

    public DateOnly Today { get; }

    /// <summary>An instant as the site's clocks show it, with the zone's offset.</summary>
    public DateTimeOffset InZone(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The calendar date of an instant in the site's zone, as the pages show it.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(InZone(instant).DateTime);

    /// <summary>The instant of a local time written in the site's zone (see <see cref="LocalTime.ToInstant"/>).</summary>
    public DateTimeOffset InstantOf(DateTime local) => LocalTime.ToInstant(local, Zone);
}
