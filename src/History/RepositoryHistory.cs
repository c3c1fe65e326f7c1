using System.Collections.Immutable;
using SiteGen.Sources;

namespace SiteGen.History;

/// <summary>
/// What git knows about the input folder, read once with the sources (phase 1) so that later phases
/// never start git: when each news item and page last changed ("Sist oppdatert"), and the committed
/// states of the files that make up deadline events (for calendar stamps). Empty without git, in a
/// download of the site, or when the build asks for no history (tests of fixtures in this repository).
/// An edit not yet committed keeps the last commit's time: the date follows what is published.
/// </summary>
/// <param name="LastCommitted">Commit times keyed by the files' display paths.</param>
/// <param name="Commits">First-parent commits oldest first, each with the changed files that matter (paths relative to input/); null without history.</param>
/// <param name="Texts">The contents of the blobs those commits name.</param>
public sealed record RepositoryHistory(
    ImmutableDictionary<string, DateTimeOffset> LastCommitted,
    IReadOnlyList<(DateTimeOffset Time, IReadOnlyList<(string Path, string? Blob)> Changes)>? Commits,
    IReadOnlyDictionary<string, string> Texts,
    bool IsShallow)
{
    public static readonly RepositoryHistory None = new(ImmutableDictionary<string, DateTimeOffset>.Empty, null, ImmutableDictionary<string, string>.Empty, false);

    /// <param name="pathspecs">The files whose history is kept, relative to input/ (git pathspecs).</param>
    /// <param name="matters">Which changed files under them to keep.</param>
    public static RepositoryHistory Load(string inputDir, SourceSet sources, IReadOnlyList<string> pathspecs, Func<string, bool> matters)
    {
        if (GitHistory.Locate(inputDir) is not { } location)
            return None;
        var (top, prefix, isShallow) = location;
        // The two logs are independent git processes: run side by side, the load waits for the slower only.
        var lastCommitted = Task.Factory.StartNew(() => LastChangeTimes(inputDir, sources), TaskCreationOptions.LongRunning);
        // Without a deadlines file or news items there is no deadline to stamp, so that history is not read.
        IReadOnlyDictionary<string, string> texts = ImmutableDictionary<string, string>.Empty;
        var commits = sources.Deadlines is null && sources.News.IsEmpty ? null : ReadCommits(top, prefix, pathspecs, matters, out texts);
        return new(lastCommitted.GetAwaiter().GetResult(), commits, texts, isShallow);
    }

    private static ImmutableDictionary<string, DateTimeOffset> LastChangeTimes(string inputDir, SourceSet sources)
    {
        if (sources.News.IsEmpty && sources.Pages.IsEmpty || GitHistory.LastChangeTimes(inputDir) is not { } times)
            return ImmutableDictionary<string, DateTimeOffset>.Empty;
        return sources.News.Concat(sources.Pages)
            .Where(f => times.ContainsKey(f.RelativePath))
            .ToImmutableDictionary(f => f.DisplayPath, f => times[f.RelativePath], StringComparer.Ordinal);
    }

    private static IReadOnlyList<(DateTimeOffset, IReadOnlyList<(string, string?)>)>? ReadCommits(string top, string prefix, IReadOnlyList<string> pathspecs,
        Func<string, bool> matters, out IReadOnlyDictionary<string, string> texts)
    {
        texts = ImmutableDictionary<string, string>.Empty;
        if (GitHistory.FirstParentChanges(top, [.. pathspecs.Select(p => prefix + p)]) is not { } commits)
            return null;
        var relevant = commits
            .Select(c => (c.Time, Changes: (IReadOnlyList<(string, string?)>)[.. c.Changes
                .Where(x => x.Path.StartsWith(prefix, StringComparison.Ordinal))
                .Select(x => (Path: x.Path[prefix.Length..], x.Blob))
                .Where(x => matters(x.Path))]))
            .ToList();
        var blobs = relevant.SelectMany(c => c.Changes).Select(x => x.Item2).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (GitHistory.BlobTexts(top, blobs) is not { } read)
            return null;
        texts = read;
        return relevant;
    }
}
