using System.Collections.Immutable;

namespace SiteGen.Documents;

/// <summary>Every published file, sorted by path, found by its path in input/ or on the site.</summary>
public sealed class DocumentIndex
{
    public static readonly DocumentIndex Empty = new([]);

    private readonly Dictionary<string, Document> byInputPath;
    private readonly Dictionary<string, Document> bySitePath;

    public DocumentIndex(IEnumerable<Document> documents)
    {
        All = [.. documents.OrderBy(d => d.InputPath, StringComparer.Ordinal)];
        byInputPath = All.ToDictionary(d => d.InputPath, StringComparer.Ordinal);
        bySitePath = All.GroupBy(d => d.SitePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public ImmutableArray<Document> All { get; }

    /// <summary>By path relative to input/: "files/x.pdf".</summary>
    public Document? ByInputPath(string path) => byInputPath.GetValueOrDefault(path);

    /// <summary>By unescaped site path: "/files/x.pdf".</summary>
    public Document? BySitePath(string path) => bySitePath.GetValueOrDefault(path);
}
