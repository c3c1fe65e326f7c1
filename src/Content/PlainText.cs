using Markdig;

namespace SiteGen.Content;

/// <summary>Markdown as plain text for calendars and feeds, keeping a blank line between paragraphs.</summary>
public static class PlainText
{
    public static string FromMarkdown(string markdown)
    {
        var document = Markdown.Parse(markdown);
        // Markdig's ToPlainText joins paragraphs with a single newline; converting block by block keeps them apart.
        var blocks = document
            .Select(block => Markdown.ToPlainText(markdown.Substring(block.Span.Start, block.Span.Length)).Trim())
            .Where(text => text.Length > 0);
        return string.Join("\n\n", blocks);
    }
}
