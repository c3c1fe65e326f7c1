using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Refuses Markdown that would make the parser work for minutes. Markdig's inline parser slows down
/// far faster than linearly on long runs of unmatched brackets or emphasis markers (10,000 '[' in one
/// paragraph took over two minutes here), and no real text has hundreds of them in one paragraph.
/// </summary>
public static class MarkdownGuard
{
    public const int MaxBracketsPerParagraph = 1000;
    public const int MaxEmphasisPerParagraph = 2000;

    /// <summary>The 0-based line of the first paragraph over the limits and why, or null when the text is fine.</summary>
    public static (int Line, LocalizedText Reason)? Check(string markdown)
    {
        int brackets = 0, emphasis = 0, paragraphStart = 0, line = 0;
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            var text = markdown.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (text.IsWhiteSpace())
            {
                brackets = emphasis = 0;
                paragraphStart = line + 1;
            }
            else
            {
                brackets += text.Count('[');
                emphasis += text.Count('*') + text.Count('_');
                if (brackets > MaxBracketsPerParagraph)
                    return (paragraphStart, new($"a paragraph has more than {MaxBracketsPerParagraph} '[' characters",
                        $"et avsnitt har mer enn {MaxBracketsPerParagraph} «[»-tegn"));
                if (emphasis > MaxEmphasisPerParagraph)
                    return (paragraphStart, new($"a paragraph has more than {MaxEmphasisPerParagraph} '*' or '_' characters",
                        $"et avsnitt har mer enn {MaxEmphasisPerParagraph} «*»- eller «_»-tegn"));
            }
            line++;
        }
        return null;
    }
}
