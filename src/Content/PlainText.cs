using Markdig;

namespace SiteGen.Content;

/// <summary>Markdown as plain text for calendars and feeds, keeping a blank line between paragraphs.</summary>
public static class PlainText
{
    /// <summary>Plain text, or "" for text the Markdown guard refuses (the HTML rendering reports it).</summary>
    public static string FromMarkdown(string markdown)
    {
        if (MarkdownGuard.Check(markdown) is not null)
            return "";
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown);
        }
        catch (ArgumentException)
        {
            return "";
        }
        // Markdig's ToPlainText joins paragraphs with a single newline; converting block by block keeps them apart.
        var blocks = document
            .Select(block => Markdown.ToPlainText(markdown.Substring(block.Span.Start, block.Span.Length)).Trim())
            .Where(text => text.Length > 0);
        return string.Join("\n\n", blocks);
    }
}
