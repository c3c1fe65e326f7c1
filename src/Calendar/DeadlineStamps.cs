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

    /// <summary>What the committed history says about every deadline; null without history. Costly (every committed version is parsed), and the same for every build until a commit.</summary>
    public static DeadlineHistory.Committed? Committed(RepositoryHistory history, SiteConfig config, DocumentIndex documents, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        if (history.IsShallow)
            diagnostics.Warning(DiagnosticCodes.ShallowHistory,
                en: "the git history is shallow, so calendar stamps (DTSTAMP, SEQUENCE) may change on every publish; clone with full history (fetch-depth: 0)",
                nb: "git-historikken er ufullstendig (bare de siste endringene er hentet), så kalenderstemplene (DTSTAMP, SEQUENCE) kan endre seg ved hver publisering – hent hele historikken (fetch-depth: 0)",
                null);
        return history.Commits is { } commits
            ? DeadlineHistory.Read(new SiteHistory(config, baseUrlOverride, documents, history.Texts).Snapshots(commits))
            : null;
    }

    /// <summary>The stamps of the deadlines built now: the committed ones, and "now" for what the work tree changed since.</summary>
    public static ImmutableDictionary<string, DeadlineStamp> From(DeadlineHistory.Committed? committed, ImmutableArray<Deadline> deadlines, SiteConfig config, DateTimeOffset now) =>
        DeadlineHistory.Stamp(committed, deadlines, config, now);
}
