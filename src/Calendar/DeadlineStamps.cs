using System.Collections.Immutable;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Documents;
using SiteGen.History;

namespace SiteGen.Calendar;

/// <summary>Stamps each deadline (DTSTAMP, SEQUENCE, UID) from the committed states of the files that make up its event.</summary>
public static class DeadlineStamps
{
    /// <summary>The files whose history decides the stamps, relative to input/, for <see cref="RepositoryHistory.Load"/>.</summary>
    public static readonly IReadOnlyList<string> HistoryPaths = [SiteHistory.SiteFile, SiteHistory.DeadlinesFile, SiteHistory.NewsFolder];

    public static ImmutableDictionary<string, DeadlineStamp> From(RepositoryHistory history, ImmutableArray<Deadline> deadlines, SiteConfig config,
        DocumentIndex documents, string? baseUrlOverride, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        if (deadlines.IsEmpty)
            return DeadlineHistory.Stamp(null, deadlines, config, now);
        if (history.IsShallow)
            diagnostics.Warning(DiagnosticCodes.ShallowHistory,
                en: "the git history is shallow, so calendar stamps (DTSTAMP, SEQUENCE) may change on every publish; clone with full history (fetch-depth: 0)",
                nb: "git-historikken er ufullstendig (bare de siste endringene er hentet), så kalenderstemplene (DTSTAMP, SEQUENCE) kan endre seg ved hver publisering – hent hele historikken (fetch-depth: 0)",
                null);
        if (history.Commits is not { } commits)
            return DeadlineHistory.Stamp(null, deadlines, config, now);
        var snapshots = new SiteHistory(config, baseUrlOverride, documents, history.Texts).Snapshots(commits);
        return DeadlineHistory.Stamp(snapshots, deadlines, config, now);
    }
}
