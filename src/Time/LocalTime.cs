namespace SiteGen.Time;

/// <summary>Local wall-clock times of the site's time zone as instants, defined even around DST changes.</summary>
public static class LocalTime
{
    /// <summary>
    /// The instant of a local time. A time skipped when clocks go forward (02:30 on the last Sunday
    /// of March in Oslo) is read as the same moment after the jump (03:30), as calendar apps do;
    /// a time that occurs twice in autumn is the first occurrence (summer time).
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var gap = GapAt(local, zone);
            var after = local + gap;
            return new DateTimeOffset(after, zone.GetUtcOffset(after));
        }
        if (zone.IsAmbiguousTime(local))
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>A written time that falls in a spring gap, moved to the time after the jump, so every output agrees.</summary>
    public static DateText Resolve(DateText text, TimeZoneInfo zone)
    {
        if (text.Time is null || !IsSkipped(text.LocalDateTime, zone))
            return text;
        var after = TimeZoneInfo.ConvertTime(ToInstant(text.LocalDateTime, zone), zone).DateTime;
        return text with { Date = DateOnly.FromDateTime(after), Time = TimeOnly.FromDateTime(after) };
    }

    public static bool IsSkipped(DateTime local, TimeZoneInfo zone) =>
        zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));

    private static TimeSpan GapAt(DateTime local, TimeZoneInfo zone)
    {
        var before = zone.GetUtcOffset(local.AddHours(-3));
        var after = zone.GetUtcOffset(local.AddHours(3));
        return after - before is { Ticks: > 0 } gap ? gap : TimeSpan.FromHours(1);
    }
}
