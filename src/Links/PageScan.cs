using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Output;

namespace SiteGen.Links;

/// <summary>What the link checker needs from one finished HTML page: its ids (anchor targets) and every URL it uses.</summary>
public sealed record PageScan(OutputFile File, string SitePath, ImmutableHashSet<string> Ids, ImmutableArray<HtmlReference> References,
    ImmutableArray<PageIssue> Issues, bool LinksAccessibilityStatement, bool IsRedirect)
{
    private const string Selector = "a[href], area[href], link[href], img[src], script[src], iframe[src], source[src], video[src], audio[src], track[src], embed[src]";

    /// <param name="statementUrl">The accessibility statement's href as pages write it, if the site has one.</param>
    public static PageScan Scan(OutputFile file, ImmutableArray<string> allowedOrigins, string? statementUrl)
    {
        // One parser per page: AngleSharp's parser is not meant to be shared between threads.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!)
            .Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))
            .ToImmutableHashSet(StringComparer.Ordinal);
        var references = document.QuerySelectorAll(Selector).Select(Reference).ToImmutableArray();
        var linksStatement = statementUrl is not null && document.QuerySelectorAll("footer a[href]").Any(a => a.GetAttribute("href") == statementUrl);
        // Redirect pages at old addresses only send the reader on; they have no content to audit.
        var isRedirect = document.QuerySelector("meta[http-equiv=refresh]") is not null;
        var issues = isRedirect ? [] : PageAudit.Inspect(document, allowedOrigins);
        return new PageScan(file, SitePathOf(file.Path), ids, references, issues, linksStatement, isRedirect);
    }

    /// <summary>"aktuelt/x/index.html" is the page /aktuelt/x/; any other file is its own path.</summary>
    public static string SitePathOf(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;

    private static HtmlReference Reference(IElement element)
    {
        var (attribute, kind) = element.LocalName switch
        {
            "a" or "area" => ("href", ReferenceKind.Link),
            "link" => ("href", ReferenceKind.Resource),
            "img" => ("src", ReferenceKind.Image),
            _ => ("src", ReferenceKind.Resource),
        };
        var position = element.SourceReference?.Position;
        return new HtmlReference(element.GetAttribute(attribute)!.Trim(), kind, position?.Line ?? 1, position?.Column ?? 1);
    }
}
