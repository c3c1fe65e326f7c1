using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Links;

/// <summary>
/// Turns broken references in finished pages into errors at the place an editor can fix them: the
/// Markdown file and line the link was written on (found by its href among the links the Markdown
/// renderer wrote), or else the generated page, once for all pages a template repeats it on.
/// </summary>
/// <param name="menu">The menu's hrefs and titles: a broken menu entry is site.yml's doing, not a template's.</param>
public sealed class LinkReport(IEnumerable<SourceLink> sourceLinks, IEnumerable<(string Href, string Title)> menu, string outputDisplay)
{
    private readonly ILookup<string, SourceLink> byHref = sourceLinks.ToLookup(l => Key(l.Href ?? l.Url), StringComparer.Ordinal);
    private readonly ILookup<string, string> menuTitles = menu.ToLookup(m => Key(m.Href), m => m.Title, StringComparer.Ordinal);

    public void Report(IEnumerable<LinkFinding> findings, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<(SourceLocation, string)>();
        var fromTemplates = new List<LinkFinding>();
        foreach (var finding in findings)
        {
            var candidates = byHref[Key(finding.Reference.Value)].ToList();
            // The same href may be written in several files; the one the page is made from is the one to name.
            var own = candidates.Where(l => l.Location.Path == finding.Page.File.Source).ToList();
            var sources = own.Count > 0 ? own : candidates;
            if (sources.Count == 0)
                fromTemplates.Add(finding);
            foreach (var link in sources)
            {
                var message = $"{(link.IsImage ? "the image" : "the link")} '{link.Url}' {Explain(finding, link)}";
                if (reported.Add((link.Location, message)))
                    diagnostics.Error(finding.Code, message, link.Location);
            }
        }
        foreach (var group in fromTemplates.GroupBy(f => (f.Reference.Value, f.Code, f.Reason)))
        {
            var first = group.First();
            var pages = group.Select(f => f.Page.File.Path).Distinct(StringComparer.Ordinal).Count();
            diagnostics.Error(first.Code,
                $"{What(first.Reference.Kind)} '{first.Reference.Value}' {first.Reason}; {Origin(first)}" +
                (pages > 1 ? $" (on {pages} pages)" : ""),
                new SourceLocation($"{outputDisplay}/{first.Page.File.Path}", first.Reference.Line, first.Reference.Column));
        }
    }

    /// <summary>A relative path that matched no file was taken by the browser from the page's address; say so.</summary>
    private static string Explain(LinkFinding finding, SourceLink link)
    {
        var relative = !link.Url.StartsWith('/') && !link.Url.StartsWith('#') && !link.Url.Contains(':') && link.Document is null;
        if (!relative || finding.TargetPath is null || finding.Code == DiagnosticCodes.DeadAnchor)
            return finding.Reason;
        if (Path.GetExtension(link.Url.Split('#', '?')[0]).Length > 0)
            return $"{finding.Reason}, and no file '{link.Url}' is beside the Markdown file or in input/; put the file in input/files/ and write files/name";
        return $"{finding.Reason} (a path not starting with '/' is taken from the page's own address; start links to pages of the site with '/', like /om-prosjektet/)";
    }

    private static string What(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Link => "the link",
        ReferenceKind.Image => "the image",
        _ => "the reference",
    };

    private string Origin(LinkFinding finding)
    {
        if (menuTitles[Key(finding.Reference.Value)].FirstOrDefault() is { } title)
            return $"it is the menu entry '{title}' in site.yml";
        var page = finding.Page.File;
        return page.Source.EndsWith(".sbn", StringComparison.Ordinal)
            ? $"it is not a Markdown link, so it comes from the template {page.Source}, the layout or a partial"
            : $"it is not a Markdown link, so it comes from a template, or from HTML written in {page.Source}";
    }

    /// <summary>Markdig percent-encodes hrefs and AngleSharp decodes entities: compare both unescaped.</summary>
    private static string Key(string href) => Uri.UnescapeDataString(href.Trim());
}
