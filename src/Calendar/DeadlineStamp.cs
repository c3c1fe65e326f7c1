namespace SiteGen.Calendar;

/// <summary>When a deadline last changed and how many times it has: DTSTAMP/LAST-MODIFIED and SEQUENCE.</summary>
public sealed record DeadlineStamp(DateTimeOffset Modified, int Sequence)
{
    /// <summary>
    /// Used when there is no git history (a downloaded copy of the site): a fixed instant, so the
    /// feed stays byte-identical from build to build rather than churning with the clock.
    /// </summary>
    public static readonly DeadlineStamp WithoutHistory = new(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), 0);
}
