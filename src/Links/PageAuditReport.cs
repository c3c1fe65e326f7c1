using SiteGen.Config;
using SiteGen.Diagnostics;

namespace SiteGen.Links;

/// <summary>
/// Turns page audit findings into diagnostics. A problem the theme repeats on every page is reported
/// once with a count, not once per page; one from a Markdown file names that file.
/// </summary>
public static class PageAuditReport
{
    /// <param name="locate">The Markdown line an issue's heading or link was written on, when it was written in Markdown.</param>
    public static void Report(IReadOnlyList<PageScan> pages, SiteConfig config, string outputDisplay, DiagnosticBag diagnostics,
        Func<PageScan, PageIssue, SourceLocation?>? locate = null)
    {
        var htmlPages = pages.Where(p => !p.IsRedirect).ToList();
        foreach (var group in htmlPages.SelectMany(p => p.Issues.Select(i => (Page: p, Issue: i, Markdown: locate?.Invoke(p, i))))
                     .GroupBy(x => (x.Issue.Code, x.Issue.Message, x.Markdown)))
        {
            var (page, issue, markdown) = group.First();
            var count = group.Count();
            var where = markdown ?? (page.File.Source.EndsWith(".md", StringComparison.Ordinal)
                ? SourceLocation.StartOf(page.File.Source)
                : new SourceLocation($"{outputDisplay}/{page.File.Path}", issue.Line, issue.Column));
            var others = count - 1;
            var message = issue.Message + new LocalizedText(
                $" (on {page.SitePath}{(others > 0 ? $" and {others} more page(s)" : "")})",
                $" (på {page.SitePath}{(others == 1 ? " og 1 side til" : others > 1 ? $" og {others} sider til" : "")})");
            diagnostics.Add(new Diagnostic(issue.IsError ? Severity.Error : Severity.Warning, issue.Code, message, where));
        }
        CheckStatementLinks(htmlPages, config, diagnostics);
    }

    /// <summary>Norwegian public bodies must link their accessibility statement from every page.</summary>
    private static void CheckStatementLinks(List<PageScan> pages, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (config.AccessibilityStatementUrl is null)
        {
            diagnostics.Warning(DiagnosticCodes.MissingAccessibilityStatement,
                en: "site.yml has no 'accessibility_statement'; public bodies must link their accessibility statement (uustatus.no) from every page",
                nb: "site.yml mangler «accessibility_statement» – offentlige virksomheter må lenke til tilgjengelighetserklæringen sin (uustatus.no) fra hver side",
                null);
            return;
        }
        var missing = pages.Where(p => !p.LinksAccessibilityStatement).ToList();
        if (missing.Count > 0)
            diagnostics.Error(DiagnosticCodes.MissingAccessibilityStatement,
                en: $"{missing.Count} page(s) have no link to the accessibility statement in the footer, e.g. {missing[0].SitePath}; the theme's footer must link site.accessibility_statement_url",
                nb: $"{(missing.Count == 1 ? "1 side" : $"{missing.Count} sider")} mangler lenke til tilgjengelighetserklæringen i bunnteksten, for eksempel {missing[0].SitePath} – bunnteksten i temaet må lenke til site.accessibility_statement_url",
                null);
    }
}
