using System.Collections.Immutable;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Calendar;

namespace SiteGen.Calendar;

/// <summary>
/// Versions every deadline's event from the site as it was at each commit: a deadline gets a new
/// version (SEQUENCE + 1, DTSTAMP and LAST-MODIFIED at that commit) exactly when the event the
/// feeds carry for it changed (<see cref="EventVersion"/>), whichever file or site.yml setting
/// changed it and wherever its record lives. It is followed by its id, so renaming a file or
/// moving the record to another file changes nothing. Versions never go backwards, and a UID,
/// once committed, stays.
/// </summary>
public static class DeadlineHistory
{
    private sealed record Known(string Version, DeadlineStamp Stamp);

    /// <param name="snapshots">The site at each commit, oldest first: its settings and its deadlines by id.</param>
    /// <param name="current">The deadlines being built now, with the settings they are built with.</param>
    public static ImmutableDictionary<string, DeadlineStamp> Stamp(
        IEnumerable<HistorySnapshot>? snapshots, ImmutableArray<Deadline> current, SiteConfig config, DateTimeOffset now)
    {
        if (snapshots is null)
            return current.ToImmutableDictionary(d => d.Id, _ => DeadlineStamp.WithoutHistory, StringComparer.Ordinal);

        var known = new Dictionary<string, Known>(StringComparer.Ordinal);
        var latest = DateTimeOffset.MinValue;
        foreach (var snapshot in snapshots)
        {
            // Commit times can go backwards (a rebase, a wrong clock); the stamps must not.
            latest = snapshot.Time > latest ? snapshot.Time : latest;
            foreach (var (id, version) in snapshot.Versions(id => known.GetValueOrDefault(id)?.Stamp.Uid))
                Record(known, id, version.Version, version.Uid, latest);
        }
        // What is in the work tree but not committed counts as changed at the build's "now".
        var at = now > latest ? now : latest;
        foreach (var deadline in current)
        {
            var uid = CalendarEvents.Uid(deadline.Id, config, known.GetValueOrDefault(deadline.Id)?.Stamp);
            Record(known, deadline.Id, EventVersion.Of(deadline, config, uid), uid, at);
        }
        return current.ToImmutableDictionary(d => d.Id, d => known[d.Id].Stamp, StringComparer.Ordinal);
    }

    private static void Record(Dictionary<string, Known> known, string id, string version, string uid, DateTimeOffset at)
    {
        if (!known.TryGetValue(id, out var previous))
            known[id] = new Known(version, new DeadlineStamp(at, 0, uid));
        else if (previous.Version != version)
            known[id] = new Known(version, previous.Stamp with { Modified = at, Sequence = previous.Stamp.Sequence + 1 });
    }
}
