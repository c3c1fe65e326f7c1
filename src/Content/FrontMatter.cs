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
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd(' ', '\t');
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }
        error = new("the front matter starts with '---' on line 1 but is never closed; add a line with only '---' after it",
            "feltene øverst i filen begynner med «---» på linje 1, men blir aldri avsluttet – legg til en linje med bare «---» etter det siste feltet");
        return null;
    }
}
