namespace SiteGen.Calendar;

/// <summary>
/// An event's version: when it last changed (DTSTAMP/LAST-MODIFIED), how many times it has
/// (SEQUENCE), and the UID it was first published with (null: not yet published, use the site's).
/// </summary>
public sealed record DeadlineStamp(DateTimeOffset Modified, int Sequence, string? Uid = null)
{
    /// <summary>
    /// Used when there is no git history (a downloaded copy of the site): a fixed instant, so the
    /// feed stays byte-identical from build to build rather than churning with the clock.
    /// </summary>
    public static readonly DeadlineStamp WithoutHistory = new(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), 0);
}
