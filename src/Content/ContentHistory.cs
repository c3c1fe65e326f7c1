using SiteGen.History;
using System.Collections.Immutable;
using SiteGen.Calendar;

namespace SiteGen.Content;

/// <summary>
/// When each news item and page was last changed by a commit after the one that added it, for "Sist
/// oppdatert". Loaded with the sources (one git process for all files) so that later phases never
/// touch git. Empty without git, in a download of the site, or when the build asks for no history
/// (tests of fixtures in this repository). An edit not yet committed keeps the last commit's time:
/// the date follows what is published.
/// </summary>
public static class ContentHistory
{
    /// <returns>Commit times keyed by the files' display paths.</returns>
    public static ImmutableDictionary<string, DateTimeOffset> Load(SourceSet sources, BuildOptions options)
    {
        if (!options.UseGitHistory || sources.News.IsEmpty && sources.Pages.IsEmpty)
            return ImmutableDictionary<string, DateTimeOffset>.Empty;
        var times = GitHistory.LastChangeTimes(options.InputDir);
        if (times is null)
            return ImmutableDictionary<string, DateTimeOffset>.Empty;
        return sources.News.Concat(sources.Pages)
            .Where(f => times.ContainsKey(f.RelativePath))
            .ToImmutableDictionary(f => f.DisplayPath, f => times[f.RelativePath], StringComparer.Ordinal);
    }
}
