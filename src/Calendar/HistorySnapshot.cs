using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Calendar;

namespace SiteGen.Calendar;

/// <summary>The site at one commit: when, its settings, and the deadlines its files declared then.</summary>
public sealed record HistorySnapshot(DateTimeOffset Time, SiteConfig Config, IReadOnlyList<HistoricDeadline> Deadlines)
{
    /// <summary>
    /// Each deadline's event version at this commit. <paramref name="publishedUid"/> gives the UID a
    /// deadline already has; one seen for the first time gets the UID this commit's settings give.
    /// </summary>
    public IEnumerable<(string Id, (string Version, string Uid) Version)> Versions(Func<string, string?> publishedUid)
    {
        foreach (var d in Deadlines)
        {
            var uid = publishedUid(d.Deadline.Id) ?? CalendarEvents.Uid(d.Deadline.Id, Config, null);
            yield return (d.Deadline.Id, (d.Version(uid), uid));
        }
    }
}

/// <summary>A deadline as one commit declared it; its event version is worked out once per distinct content.</summary>
public sealed record HistoricDeadline(Deadline Deadline, Func<string, string> Version);
