using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;
using SiteGen.Sources;
using SiteGen.Time;

namespace SiteGen.Content;

/// <summary>Parses input/news/*.md: the shared document plus 'date', 'tags' and 'deadlines'.</summary>
public static class NewsParser
{
    public static NewsItem? Parse(SourceFile file, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var (document, map) = ArticleParser.Parse(file, markdown, diagnostics);
        if (map is null)
            return null;
        var date = DateReader.Read(map, "date", required: true);
        var tags = map.Strings("tags");
        var (ids, declared) = ReadDeadlines(map, markdown, file.RelativePath);
        if (document is null)
            return null;
        // A bad date is an error already; a stand-in keeps the item, so its links, headings and deadlines are checked in the same run.
        return new NewsItem(document, date ?? new DateText(Recovery.Date, null, false), [.. tags.Select(t => t.Value).Distinct(StringComparer.Ordinal)], ids, declared);
    }

    /// <summary>'deadlines:' holds ids of deadlines in data/deadlines.yml, full deadline records, or both.</summary>
    private static (ImmutableArray<(string, SourceLocation)>, ImmutableArray<Deadline>) ReadDeadlines(YamlMap map, MarkdownRenderer markdown, string inputPath)
    {
        var node = map.ValueNode("deadlines");
        if (node is null || YamlValues.IsNull(node))
            return ([], []);
        if (node is not YamlSequenceNode list)
            return (map.Strings("deadlines"), []);
        var ids = ImmutableArray.CreateBuilder<(string, SourceLocation)>();
        var declared = ImmutableArray.CreateBuilder<Deadline>();
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } id })
                ids.Add((id.Trim(), map.Source.At(item)));
            else if (YamlMap.From(map.Source, item, map.Diagnostics, new("each deadline", "hver frist")) is { } record
                     && DeadlineParser.ParseRecord(record, markdown, inputPath) is { } deadline)
            {
                declared.Add(deadline);
                ids.Add((deadline.Id, deadline.Source));
            }
        }
        return (ids.ToImmutable(), declared.ToImmutable());
    }
}
