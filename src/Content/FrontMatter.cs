using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

public static class FrontMatterSplitter
{
    /// <summary>
    /// Splits '---' front matter from the body. Null with an error when the block is opened but not
    /// closed; a file without front matter gives empty YAML (the parser then asks for 'title').
    /// </summary>
    public static FrontMatter? Split(string text, out LocalizedText? error)
    {
        error = null;
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text.TrimEnd(' ', '\t') == "---"))
            return new FrontMatter("", 1, text, 1);
        // Line by line in place: splitting the file into lines and joining them again copied every file twice.
        var yamlStart = text.IndexOf('\n') + 1;
        var start = yamlStart;
        for (var line = 1; yamlStart > 0 && start <= text.Length; line++)
        {
            var end = text.IndexOf('\n', start) is var found and >= 0 ? found : text.Length;
            if (text.AsSpan(start, end - start).TrimEnd(" \t") is "---" or "...")
            {
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)] : "";
                var body = end < text.Length ? text[(end + 1)..] : "";
                return new FrontMatter(yaml, 2, body, line + 2);
            }
            start = end + 1;
        }
        error = new("the front matter starts with '---' on line 1 but is never closed; add a line with only '---' after it",
            "feltene øverst i filen begynner med «---» på linje 1, men blir aldri avsluttet – legg til en linje med bare «---» etter det siste feltet");
        return null;
    }
}
