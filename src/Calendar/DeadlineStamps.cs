using System.Collections.Immutable;
using SiteGen.Deadlines;
using SiteGen.Diagnostics;
using SiteGen.History;
using SiteGen.Site;

namespace SiteGen.Calendar;

/// <summary>Loads the history of the files that make up deadline events and stamps each deadline from it.</summary>
public static class DeadlineStamps
{
    public static ImmutableDictionary<string, DeadlineStamp> Load(SiteModel model, BuildOptions options, DiagnosticBag diagnostics)
    {
        var deadlines = model.Deadlines;
        if (!options.UseGitHistory || deadlines.IsEmpty || GitHistory.TopLevel(options.InputDir) is not { } top
            || GitHistory.InputPrefix(options.InputDir) is not { } prefix)
            return DeadlineHistory.Stamp(null, deadlines, model.Config, options.Now);
        if (GitHistory.IsShallow(top))
            diagnostics.Warning(DiagnosticCodes.ShallowHistory,
                en: "the git history is shallow, so calendar stamps (DTSTAMP, SEQUENCE) may change on every publish; clone with full history (fetch-depth: 0)",
                nb: "git-historikken er ufullstendig (bare de siste endringene er hentet), så kalenderstemplene (DTSTAMP, SEQUENCE) kan endre seg ved hver publisering – hent hele historikken (fetch-depth: 0)",
                null);

        string[] pathspecs = [prefix + SiteHistory.SiteFile, prefix + SiteHistory.DeadlinesFile, prefix + SiteHistory.NewsFolder];
        var commits = GitHistory.FirstParentChanges(top, pathspecs);
        if (commits is null)
            return DeadlineHistory.Stamp(null, deadlines, model.Config, options.Now);
        var relevant = commits
            .Select(c => (c.Time, Changes: (IReadOnlyList<(string, string?)>)[.. c.Changes
                .Where(x => x.Path.StartsWith(prefix, StringComparison.Ordinal))
                .Select(x => (Path: x.Path[prefix.Length..], x.Blob))
                .Where(x => SiteHistory.Matters(x.Path))]))
            .ToList();
        var blobs = relevant.SelectMany(c => c.Changes).Select(x => x.Item2).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var texts = GitHistory.BlobTexts(top, blobs);
        if (texts is null)
            return DeadlineHistory.Stamp(null, deadlines, model.Config, options.Now);
        var history = new SiteHistory(model.Config, options.BaseUrlOverride, model.Documents, texts);
        return DeadlineHistory.Stamp(history.Snapshots(relevant), deadlines, model.Config, options.Now);
    }
}
