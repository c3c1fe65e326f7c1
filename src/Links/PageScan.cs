using System.Collections.Immutable;
using SiteGen.Output;

namespace SiteGen.Links;

/// <summary>What the link checker needs from one finished HTML page: its ids (anchor targets) and every URL it uses.</summary>
public sealed record PageScan(OutputFile File, string SitePath, IReadOnlySet<string> Ids, ImmutableArray<HtmlReference> References,
    ImmutableArray<PageIssue> Issues, bool LinksAccessibilityStatement, bool IsRedirect)
{
    /// <param name="statementUrl">The accessibility statement's href as pages write it, if the site has one.</param>
    public static PageScan Scan(OutputFile file, ImmutableArray<string> allowedOrigins, string? statementUrl)
    {
        var page = new PageReader(statementUrl);
        HtmlTokens.Read(System.Text.Encoding.UTF8.GetString(file.Content), page);
        // Redirect pages at old addresses only send the reader on; they have no content to audit.
        var issues = page.IsRedirect ? [] : PageAudit.Inspect(page, allowedOrigins);
        return new PageScan(file, SitePathOf(file.Path), page.Ids, [.. page.References], issues, page.LinksStatement, page.IsRedirect);
    }

    /// <summary>"aktuelt/x/index.html" is the page /aktuelt/x/; any other file is its own path.</summary>
    public static string SitePathOf(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;
}
