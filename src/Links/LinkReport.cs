using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Links;

/// <summary>
/// Turns broken references in finished pages into errors at the place an editor can fix them: the
/// Markdown file and line the link was written on (found by its href among the links the Markdown
/// renderer wrote), or else the generated page, once for all pages a template repeats it on.
/// </summary>
/// <remarks>Links from site.yml (the menu) are reported at their line there by <see cref="SettingsLinks"/> first.</remarks>
public sealed class LinkReport(IEnumerable<SourceLink> sourceLinks, string outputDisplay)
{
    private readonly ILookup<string, SourceLink> byHref = sourceLinks.ToLookup(l => Key(l.Href ?? l.Url), StringComparer.Ordinal);

    public void Report(IEnumerable<LinkFinding> findings, DiagnosticBag diagnostics)
    {
        // One error per written link: a deadline's description is shown on several pages, and a relative
        // link in it fails on each of them in the same way.
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
                var explanation = Explain(finding, link);
                var message = new LocalizedText(
                    $"{(link.IsImage ? "the image" : "the link")} '{link.Url}' {explanation.En}",
                    $"{(link.IsImage ? "bildet" : "lenken")} «{link.Url}» {explanation.Nb}");
                if (reported.Add((link.Location, finding.Code)))
                    diagnostics.Error(finding.Code, message, link.Location);
            }
        }
        foreach (var group in fromTemplates.GroupBy(f => (f.Reference.Value, f.Code, f.Reason)))
        {
            var first = group.First();
            var pages = group.Select(f => f.Page.File.Path).Distinct(StringComparer.Ordinal).Count();
            var (what, origin) = (What(first.Reference.Kind), Origin(first));
            diagnostics.Error(first.Code,
                en: $"{what.En} '{first.Reference.Value}' {first.Reason.En}; {origin.En}" + (pages > 1 ? $" (on {pages} pages)" : ""),
                nb: $"{what.Nb} «{first.Reference.Value}» {first.Reason.Nb}; {origin.Nb}" + (pages > 1 ? $" (på {pages} sider)" : ""),
                new SourceLocation($"{outputDisplay}/{first.Page.File.Path}", first.Reference.Line, first.Reference.Column));
        }
    }

    /// <summary>A relative path that matched no file was taken by the browser from the page's address; say so.</summary>
    private static LocalizedText Explain(LinkFinding finding, SourceLink link)
    {
        var relative = !link.Url.StartsWith('/') && !link.Url.StartsWith('#') && !link.Url.Contains(':') && link.Document is null;
        if (!relative || finding.TargetPath is null || finding.Code == DiagnosticCodes.DeadAnchor)
            return finding.Reason;
        if (LooksLikeHost(link.Url))
            return finding.Reason + new LocalizedText(
                $"; '{link.Url}' looks like another site's address: write it with https:// in front, like https://{link.Url}",
                $" – «{link.Url}» ser ut som adressen til et annet nettsted: skriv https:// foran, som https://{link.Url}");
        if (Path.GetExtension(link.Url.Split('#', '?')[0]).Length > 0)
            return finding.Reason + new LocalizedText(
                $", and no file '{link.Url}' is beside the Markdown file or in input/; put the file in input/files/ and write files/name",
                $", og det ligger ingen fil «{link.Url}» ved siden av Markdown-filen eller i input/ – legg filen i input/files/ og skriv files/navn");
        return finding.Reason + new LocalizedText(
            " (a path not starting with '/' is taken from the page's own address; start links to pages of the site with '/', like /om-prosjektet/)",
            " (en adresse som ikke begynner med «/», regnes fra sidens egen adresse – begynn lenker til sider på nettstedet med «/», som /om-prosjektet/)");
    }

    /// <summary>Top-level domains of the addresses editors here link to; "rapport.pdf" is a file, "tffk.no" a site.</summary>
    private static readonly HashSet<string> Domains = new(StringComparer.OrdinalIgnoreCase) { "no", "com", "org", "net", "eu", "se", "dk", "fi", "is", "uk", "de", "io", "info" };

    /// <summary>"www.tffk.no" or "tffk.no/side": a link without https:// that the browser reads as a path on this site.</summary>
    private static bool LooksLikeHost(string url)
    {
        var host = url.Split('/', '#', '?')[0];
        var labels = host.Split('.');
        return labels.Length >= 2 && labels.All(l => l.Length > 0)
            && (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || Domains.Contains(labels[^1]));
    }

    private static LocalizedText What(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Link => new("the link", "lenken"),
        ReferenceKind.Image => new("the image", "bildet"),
        _ => new("the reference", "henvisningen"),
    };

    private static LocalizedText Origin(LinkFinding finding)
    {
        var page = finding.Page.File;
        return page.Source.EndsWith(".sbn", StringComparison.Ordinal)
            ? new($"it is not a Markdown link, so it comes from the template {page.Source}, the layout or a partial",
                $"det er ikke en Markdown-lenke, så den kommer fra malen {page.Source}, hovedmalen eller en delmal")
            : new($"it is not a Markdown link, so it comes from a template, or from HTML written in {page.Source}",
                $"det er ikke en Markdown-lenke, så den kommer fra en mal, eller fra HTML skrevet i {page.Source}");
    }

    /// <summary>Markdig percent-encodes hrefs and the page reader decodes entities: compare both unescaped.</summary>
    private static string Key(string href) => Uri.UnescapeDataString(href.Trim());
}
