using System.Collections.Immutable;
using System.Text;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Documents;
using SiteGen.History;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;
using SiteGen.Sources;

namespace SiteGen.Calendar;

/// <summary>
/// Reads the committed states of the files that make up deadline events (site.yml,
/// data/deadlines.yml, every news item) along the branch's first-parent line, and parses each into
/// deadlines the way the build does. Only what changed is parsed again: a commit that edits one
/// news item costs one parse.
/// </summary>
public sealed class SiteHistory(SiteConfig current, string? baseUrlOverride, DocumentIndex documents, IReadOnlyDictionary<string, string> texts)
{
    public const string SiteFile = "site.yml";
    public const string DeadlinesFile = "data/deadlines.yml";
    public const string NewsFolder = "news/";

    private readonly Dictionary<string, SiteConfig?> configs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Blob, string Path, string BasePath), IReadOnlyList<Deadline>> parsed = [];
    private readonly Dictionary<(string Blob, string Path, string Id, string? Site, string Uid), string> versions = [];
    private readonly Dictionary<string, MarkdownRenderer> renderers = new(StringComparer.Ordinal);

    /// <summary>Whether a file (relative to input/) can hold what a deadline's event says.</summary>
    public static bool Matters(string inputPath) =>
        inputPath is SiteFile or DeadlinesFile
        || inputPath.StartsWith(NewsFolder, StringComparison.Ordinal) && inputPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <param name="commits">Oldest first, with paths relative to input/.</param>
    public IEnumerable<HistorySnapshot> Snapshots(IEnumerable<(DateTimeOffset Time, IReadOnlyList<(string Path, string? Blob)> Changes)> commits)
    {
        var files = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
        var config = current;
        foreach (var (time, changes) in commits)
        {
            foreach (var (path, blob) in changes)
                files = blob is null ? files.Remove(path) : files.SetItem(path, blob);
            var site = files.GetValueOrDefault(SiteFile);
            // A site.yml that did not build then leaves the settings as they were.
            config = site is not null && ConfigAt(site) is { } c ? c : config;
            yield return new HistorySnapshot(time, config, DeadlinesAt(files, site, config));
        }
    }

    /// <summary>data/deadlines.yml first, then the news items by path: the first record of an id counts, as the build refuses duplicates.</summary>
    private List<HistoricDeadline> DeadlinesAt(ImmutableSortedDictionary<string, string> files, string? site, SiteConfig config)
    {
        var result = new List<HistoricDeadline>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = files.Where(f => f.Key == DeadlinesFile).Concat(files.Where(f => f.Key != DeadlinesFile && f.Key != SiteFile));
        foreach (var (path, blob) in ordered)
        {
            foreach (var deadline in Parsed(blob, path, config).Where(d => seen.Add(d.Id)))
                result.Add(new HistoricDeadline(deadline, uid => VersionOf(deadline, blob, path, site, config, uid)));
        }
        return result;
    }

    private string VersionOf(Deadline deadline, string blob, string path, string? site, SiteConfig config, string uid)
    {
        var key = (blob, path, deadline.Id, site, uid);
        if (!versions.TryGetValue(key, out var version))
            versions[key] = version = EventVersion.Of(deadline, config, uid);
        return version;
    }

    private SiteConfig? ConfigAt(string blob)
    {
        if (!configs.TryGetValue(blob, out var config))
        {
            var text = texts.GetValueOrDefault(blob);
            configs[blob] = config = text is null ? null
                : ConfigLoader.Load(new SourceFile(SiteFile, SiteFile, Encoding.UTF8.GetBytes(text)), baseUrlOverride, "input", new DiagnosticBag());
        }
        return config;
    }

    private IReadOnlyList<Deadline> Parsed(string blob, string path, SiteConfig config)
    {
        var key = (blob, path, config.BasePath);
        if (!parsed.TryGetValue(key, out var deadlines))
            parsed[key] = deadlines = Parse(texts.GetValueOrDefault(blob), path, config);
        return deadlines;
    }

    /// <summary>The records in one version of a file, parsed as the build parses them; one that no longer parses contributes nothing.</summary>
    private List<Deadline> Parse(string? text, string path, SiteConfig config)
    {
        if (text is null)
            return [];
        text = TextDecoder.NormalizeNewlines(text.TrimStart('\uFEFF'));
        var source = new YamlSource(path, 1);
        var bag = new DiagnosticBag();
        var records = path == DeadlinesFile ? Content.DeadlineParser.RecordList(source.Parse(text, bag)) : FrontMatterRecords(text, source, bag);
        if (records is null)
            return [];
        if (!renderers.TryGetValue(config.BasePath, out var markdown))
            renderers[config.BasePath] = markdown = new MarkdownRenderer(config.BasePath, documents);
        return [.. records.Children
            .OfType<YamlMappingNode>()
            .Select(node => YamlMap.From(source, node, bag, new("each deadline", "hver frist")))
            .OfType<YamlMap>()
            .Select(map => DeadlineParser.ParseRecord(map, markdown, path))
            .OfType<Deadline>()
            .Select(d => d.ResolvedIn(config.TimeZone))];
    }

    private static YamlSequenceNode? FrontMatterRecords(string text, YamlSource source, DiagnosticBag bag)
    {
        var split = FrontMatterSplitter.Split(text, out _);
        return split is not null && source.Parse(split.Yaml, bag) is YamlMappingNode map
               && map.Children.TryGetValue(new YamlScalarNode("deadlines"), out var list) ? list as YamlSequenceNode : null;
    }
}
