using System.Collections.Immutable;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Links;

/// <summary>
/// Phase 5: every internal link, anchor, image and file reference in every finished page must lead
/// somewhere on the site. Broken ones are errors naming the Markdown line they came from. External
/// links are collected for the --list-external report, never fetched.
/// </summary>
public static class LinkChecker
{
    /// <summary>How messages name a generated page when no Markdown line is to blame.</summary>
    public const string OutputDisplay = "output";

    /// <summary>The files the check reads: the site's HTML pages, but not the editor's.</summary>
    public static bool IsPage(OutputFile file) =>
        file.Path.EndsWith(".html", StringComparison.Ordinal) && !Cms.AdminSite.IsAdminPath(file.Path);

    /// <summary>What the check needs of one page: its ids, its URLs and what the audit found in it.</summary>
    public static PageScan Scan(OutputFile page, SiteConfig config) => PageScan.Scan(page, config.AllowedOrigins, StatementHref(config));

    /// <param name="pages">The <see cref="Scan"/> of every file that <see cref="IsPage"/>, in the order of <paramref name="files"/>.</param>
    /// <param name="settings">The values of site.yml, to report a broken link from there at its line.</param>
    public static ImmutableArray<ExternalLink> Check(ImmutableArray<OutputFile> files, IReadOnlyList<PageScan> pages, SiteConfig config, IEnumerable<SourceLink> sourceLinks,
        DiagnosticBag diagnostics, Site.FollowOn? unread = null, IEnumerable<TocEntry>? headings = null, SettingsLinks? settings = null)
    {
        var judge = Judge(files, pages, config);
        return Report(pages, [.. pages.Select(page => Verdict(judge, page))], config, sourceLinks, diagnostics, unread, headings, settings);
    }

    /// <summary>What every link is judged against: the site's files and each page's ids.</summary>
    /// <param name="pages">The <see cref="Scan"/> of every file that <see cref="IsPage"/>.</param>
    /// <param name="suggest">False for a judge that may judge pages on several threads: its broken links get no suggestions (see <see cref="Verdict"/>).</param>
    public static LinkJudge Judge(ImmutableArray<OutputFile> files, IReadOnlyList<PageScan> pages, SiteConfig config, bool suggest = true) =>
        new(config, files.Select(f => f.Path), pages.ToDictionary(p => p.File.Path, p => p.Ids, StringComparer.Ordinal), suggest);

    /// <summary>
    /// One page's links judged. A judge made without suggestions may judge pages on several threads at once. Pages with broken
    /// links must then be judged again in page order, by a judge with suggestions that has judged only them: a broken link's
    /// suggestion ("did you mean …") is given for the first <see cref="LinkJudge.MaxSuggestions"/> broken addresses only, so a
    /// verdict with findings is only the same in page order.
    /// </summary>
    public static PageVerdict Verdict(LinkJudge judge, PageScan page)
    {
        var address = judge.AddressOf(page);
        var findings = ImmutableArray.CreateBuilder<LinkFinding>();
        var external = new List<ExternalLink>();
        foreach (var reference in page.References)
        {
            if (judge.Judge(page, address, reference, external) is { } finding)
                findings.Add(finding);
        }
        return new PageVerdict(findings.ToImmutable(), [.. external]);
    }

    /// <summary>Reports the broken links of <paramref name="verdicts"/> at their sources and audits every page; gives the external links found.</summary>
    /// <param name="verdicts">The <see cref="Verdict"/> of each of <paramref name="pages"/>, in their order.</param>
    /// <param name="settings">The values of site.yml, to report a broken link from there at its line.</param>
    public static ImmutableArray<ExternalLink> Report(IReadOnlyList<PageScan> pages, IReadOnlyList<PageVerdict> verdicts, SiteConfig config, IEnumerable<SourceLink> sourceLinks,
        DiagnosticBag diagnostics, Site.FollowOn? unread = null, IEnumerable<TocEntry>? headings = null, SettingsLinks? settings = null)
    {
        var findings = verdicts.SelectMany(v => v.Findings).ToList();
        unread ??= Site.FollowOn.None;
        findings.RemoveAll(f => IsFollowOn(f, unread));
        // The reports look the hrefs up among every link written in the content and site.yml: only worth listing those (the
        // model sorts them as they are read) for a broken link or a page audit's finding, and then once.
        var links = new Lazy<List<SourceLink>>(() => [.. sourceLinks]);
        if (findings.Count > 0)
        {
            findings = (settings ?? SettingsLinks.None).Report(findings, links.Value, diagnostics);   // a menu entry's link, once at its line in site.yml
            new LinkReport(links.Value, OutputDisplay).Report(findings, diagnostics);
        }
        var locator = new Lazy<MarkdownLocator>(() => new MarkdownLocator(links.Value, headings ?? []));
        PageAuditReport.Report(pages, config, OutputDisplay, diagnostics, (page, issue) => locator.Value.Locate(page, issue));
        return [.. verdicts.SelectMany(v => v.External).Distinct()
            .OrderBy(e => e.Host, StringComparer.Ordinal)
            .ThenBy(e => e.Url, StringComparer.Ordinal)
            .ThenBy(e => e.PageSitePath, StringComparer.Ordinal)];
    }

    /// <summary>A link to the address of a file that could not be read, or to the anchor of a deadline record that could not be read.</summary>
    private static bool IsFollowOn(LinkFinding finding, Site.FollowOn unread)
    {
        if (finding.TargetPath is not { } target)
            return false;
        if (finding.Code != DiagnosticCodes.DeadAnchor)
            return unread.AbsorbsPath(target);
        var hash = finding.Reference.Value.IndexOf('#');
        return target == Urls.SitePaths.Deadlines && hash >= 0 && unread.AbsorbsDeadline(Uri.UnescapeDataString(finding.Reference.Value[(hash + 1)..]));
    }

    private static string? StatementHref(SiteConfig config) => config.AccessibilityStatementUrl is { } url ? config.Href(url) : null;
}
