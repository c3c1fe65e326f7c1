using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Time;

namespace SiteGen.Content;

/// <summary>
/// A deadline or milestone. <see cref="Start"/> is a whole day, a local date-time (in the site's
/// time zone) or a whole month; <see cref="End"/> makes it a period ("juni–august 2023").
/// <see cref="Fingerprint"/> identifies the record's content, to tell subscribers what changed.
/// </summary>
public sealed record Deadline(
    string Id,
    string Title,
    DateText Start,
    DateText? End,
    ImmutableArray<string> Audiences,
    string DescriptionHtml,
    string DescriptionText,
    string? Link,
    bool Cancelled,
    ImmutableArray<TimeSpan>? Reminders,
    SourceLocation Source,
    string Fingerprint,
    SourceLocation? LinkLocation = null,
    ImmutableArray<(string Audience, SourceLocation Location)> AudienceLocations = default)
{
    /// <summary>
    /// Read from a record with an error in its title or date, with stand-ins for them: only so that checks of
    /// everything else (references, audiences, links) run in the same build, which fails on that error.
    /// </summary>
    public bool Recovered { get; init; }

    /// <summary>The links in the description, with their positions in the YAML file, for the link check.</summary>
    public ImmutableArray<SourceLink> DescriptionLinks { get; init; } = [];

    /// <summary>The first calendar day the deadline covers.</summary>
    public DateOnly FirstDay => Start.Date;

    /// <summary>The last calendar day it covers (inclusive): the end, or the whole month for a month.</summary>
    public DateOnly LastDay => End is { } end ? LastDayOf(end) : LastDayOf(Start);

    public bool IsTimed => Start.Time is not null;

    /// <summary>This deadline with a start or end that falls in a spring gap moved to the time after the jump, so every output agrees.</summary>
    public Deadline ResolvedIn(TimeZoneInfo zone)
    {
        var start = LocalTime.Resolve(Start, zone);
        var end = End is { } e ? LocalTime.Resolve(e, zone) : (DateText?)null;
        return start == Start && end == End ? this : this with { Start = start, End = end };
    }

    private static DateOnly LastDayOf(DateText d) =>
        d.IsMonth ? new DateOnly(d.Date.Year, d.Date.Month, DateTime.DaysInMonth(d.Date.Year, d.Date.Month)) : d.Date;
}
