using SiteGen.History;
using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Deadlines;
using SiteGen.Diagnostics;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Calendar;

/// <summary>
/// Stamps every deadline with when it last changed and how often, from the committed versions of
/// the files that declare deadlines. A deadline keeps its stamp while its content (fingerprint)
/// stays the same, whatever else in the file changes or moves, so subscribers see no churn.
/// </summary>
public static class DeadlineHistory
{
    public static ImmutableDictionary<string, DeadlineStamp> Stamp(
        IReadOnlyList<FileVersion>? versions, ImmutableArray<Deadline> current, DateTimeOffset now)
    {
        if (versions is null)
            return current.ToImmutableDictionary(d => d.Id, _ => DeadlineStamp.WithoutHistory, StringComparer.Ordinal);

        var known = new Dictionary<string, (string Fingerprint, DeadlineStamp Stamp)>(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            foreach (var (id, fingerprint) in FingerprintsIn(version))
                Record(known, id, fingerprint, version.CommittedAt);
        }
        // What is in the work tree now but not committed counts as changed at the build's "now".
        foreach (var deadline in current)
            Record(known, deadline.Id, deadline.Fingerprint, now);
        return current.ToImmutableDictionary(d => d.Id, d => known[d.Id].Stamp, StringComparer.Ordinal);
    }

    private static void Record(Dictionary<string, (string Fingerprint, DeadlineStamp Stamp)> known, string id, string fingerprint, DateTimeOffset at)
    {
        if (!known.TryGetValue(id, out var previous))
            known[id] = (fingerprint, new DeadlineStamp(at, 0));
        else if (previous.Fingerprint != fingerprint)
            known[id] = (fingerprint, new DeadlineStamp(at, previous.Stamp.Sequence + 1));
    }

    /// <summary>Deadline records in an old version of a file; an old version that no longer parses contributes nothing.</summary>
    private static IEnumerable<(string Id, string Fingerprint)> FingerprintsIn(FileVersion version)
    {
        var text = TextDecoder.NormalizeNewlines(version.Text.TrimStart('\uFEFF'));
        var records = version.DisplayPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? DeadlinesInFrontMatter(text)
            : DeadlineParser.RecordList(Parse(text));
        if (records is null)
            yield break;
        foreach (var node in records.Children.OfType<YamlMappingNode>())
        {
            if (DeadlineFingerprint.IdOf(node) is { Length: > 0 } id)
                yield return (id, DeadlineFingerprint.Of(node));
        }
    }

    private static YamlSequenceNode? DeadlinesInFrontMatter(string text)
    {
        var split = FrontMatterSplitter.Split(text, out _);
        return split is not null && Parse(split.Yaml) is YamlMappingNode map
               && map.Children.TryGetValue(new YamlScalarNode("deadlines"), out var list) ? list as YamlSequenceNode : null;
    }

    private static YamlNode? Parse(string text) => new YamlSource("history", 1).Parse(text, new DiagnosticBag());
}
