using SiteGen.History;
using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Deadlines;
using SiteGen.Diagnostics;

namespace SiteGen.Calendar;

/// <summary>Loads the history of the files that declare deadlines and stamps each deadline from it.</summary>
public static class DeadlineStamps
{
    public static ImmutableDictionary<string, DeadlineStamp> Load(ImmutableArray<Deadline> deadlines, SourceSet sources, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (!options.UseGitHistory || deadlines.IsEmpty)
            return DeadlineHistory.Stamp(null, deadlines, options.Now);
        var declaring = deadlines.Select(d => d.Source.Path).ToHashSet(StringComparer.Ordinal);
        var files = new[] { sources.Deadlines }.Concat(sources.News)
            .OfType<SourceFile>()
            .Where(f => declaring.Contains(f.DisplayPath))
            .Select(f => (Path.Combine(options.InputDir, f.RelativePath), f.DisplayPath))
            .ToList();
        var versions = GitHistory.Versions(options.InputDir, files, out var shallow);
        if (shallow)
            diagnostics.Warning(DiagnosticCodes.ShallowHistory,
                en: "the git history is shallow, so calendar stamps (DTSTAMP, SEQUENCE) may change on every publish; clone with full history (fetch-depth: 0)",
                nb: "git-historikken er ufullstendig (bare de siste endringene er hentet), så kalenderstemplene (DTSTAMP, SEQUENCE) kan endre seg ved hver publisering – hent hele historikken (fetch-depth: 0)",
                null);
        return DeadlineHistory.Stamp(versions, deadlines, options.Now);
    }
}
