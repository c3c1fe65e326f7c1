using SiteGen.Diagnostics;
using SiteGen.Sources;

namespace SiteGen.Content;

/// <summary>Parses input/pages/*.md: the shared document plus an optional 'menu' order.</summary>
public static class PageParser
{
    public static Page? Parse(SourceFile file, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var (document, map) = ArticleParser.Parse(file, markdown, diagnostics);
        if (map is null)
            return null;
        var menu = map.Int("menu");
        return document is null ? null : new Page(document, menu);
    }
}
