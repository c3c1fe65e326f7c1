using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Links;

/// <summary>
/// Finds the Markdown line a heading or link of a finished page was written on, so a page-audit message
/// ("skipped heading level", "klikk her") points where the editor can fix it instead of at the file's top.
/// </summary>
public sealed class MarkdownLocator(IEnumerable<SourceLink> links, IEnumerable<TocEntry> headings)
{
    private readonly ILookup<(string Path, string Href), SourceLocation> linkLines =
        links.ToLookup(l => (l.Location.Path, Key(l.Href ?? l.Url)), l => l.Location);

    private readonly Dictionary<(string Path, string Id), SourceLocation> headingLines = headings
        .Where(h => h.Location is not null)
        .GroupBy(h => (h.Location!.Path, h.Id))
        .ToDictionary(g => g.Key, g => g.First().Location!);

    public SourceLocation? Locate(PageScan page, PageIssue issue)
    {
        var source = page.File.Source;
        if (!source.EndsWith(".md", StringComparison.Ordinal))
            return null;
        if (issue.HeadingId is { } id && headingLines.TryGetValue((source, id), out var heading))
            return heading;
        return issue.Href is { } href ? linkLines[(source, Key(href))].Order(Comparer<SourceLocation>.Create(ByPosition)).FirstOrDefault() : null;
    }

    private static int ByPosition(SourceLocation a, SourceLocation b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);

    /// <summary>As the link report compares hrefs: Markdig percent-encodes them and the page reader decodes entities.</summary>
    private static string Key(string href) => Uri.UnescapeDataString(href.Trim());
}
