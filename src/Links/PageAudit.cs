using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Links;

/// <summary>
/// Guards every finished page against the universal-design basics (WCAG 2.1 AA as Norwegian public
/// bodies must meet it) and privacy rules: a language, one h1, no skipped heading levels, alt text,
/// link texts that make sense alone, unique ids, header cells in tables, and nothing loaded from
/// other hosts (no trackers, fonts or scripts from elsewhere) unless site.yml allows that origin.
/// </summary>
public static class PageAudit
{
    /// <summary>Link texts that say nothing when a screen reader lists the links of a page.</summary>
    private static readonly string[] VagueLinkTexts = ["les mer", "klikk her", "her", "mer", "lenke", "trykk her", "se her", "read more", "click here", "here", "more"];

    // Lower-casing keeps a text's length, so a longer text is none of them.
    private static readonly int LongestVagueText = VagueLinkTexts.Max(t => t.Length);

    public static ImmutableArray<PageIssue> Inspect(PageReader page, ImmutableArray<string> allowedOrigins)
    {
        var issues = ImmutableArray.CreateBuilder<PageIssue>();
        CheckLanguage(page, issues);
        CheckHeadings(page, issues);
        CheckImages(page, issues);
        CheckLinkTexts(page, issues);
        CheckIds(page, issues);
        CheckTables(page, issues);
        CheckForeignResources(page, allowedOrigins, issues);
        return issues.ToImmutable();
    }

    private static void CheckLanguage(PageReader page, ImmutableArray<PageIssue>.Builder issues)
    {
        if (string.IsNullOrWhiteSpace(page.Language))
            issues.Add(Issue(DiagnosticCodes.PageWithoutLanguage, new("the page has no <html lang>; screen readers cannot pick the right voice",
                "siden mangler <html lang>, så skjermlesere kan ikke velge riktig stemme – hovedmalen i temaet må ha <html lang=\"nb\">"), true, page.Root ?? PageElement.Implied));
    }

    private static void CheckHeadings(PageReader page, ImmutableArray<PageIssue>.Builder issues)
    {
        var headings = page.Headings;
        var h1s = headings.Count(h => h.Level == 1);
        if (h1s != 1)
            issues.Add(Issue(DiagnosticCodes.HeadingStructure, h1s == 0
                ? new("the page has no h1 heading", "siden har ingen hovedoverskrift (h1) – malen må vise sidetittelen som h1")
                : new($"the page has {h1s} h1 headings; the page title is the only h1, so start headings in the text with '##'",
                    $"siden har {h1s} hovedoverskrifter (h1), men sidetittelen skal være den eneste – begynn overskriftene i teksten med «##»"),
                // The first h1 is the title the template writes; the second is the one to change, most often a '#' in the text.
                true, headings.Where(h => h.Level == 1).Skip(1).FirstOrDefault()?.Element ?? headings.FirstOrDefault()?.Element ?? page.Body ?? PageElement.Implied));
        var previous = 1;
        foreach (var heading in headings)
        {
            var level = heading.Level;
            if (level > previous + 1)
            {
                var text = heading.Text.ToString();
                issues.Add(Issue(DiagnosticCodes.HeadingStructure, new(
                    $"the heading \"{Short(text)}\" is h{level} right after an h{previous}; don't skip levels (use {new string('#', previous + 1)})",
                    $"overskriften «{Short(text)}» er på nivå {level} rett etter en overskrift på nivå {previous} – ikke hopp over nivåer (skriv {new string('#', previous + 1)})"),
                    false, heading.Element));
            }
            previous = level;
        }
    }

    private static void CheckImages(PageReader page, ImmutableArray<PageIssue>.Builder issues)
    {
        // Markdown images without alt are warned about at their source line (SG1105); this catches templates and raw HTML.
        foreach (var (image, src) in page.ImagesWithoutAlt)
            issues.Add(Issue(DiagnosticCodes.ImageWithoutAlt, new($"the image '{src}' has no alt attribute",
                $"bildet «{src}» mangler alt-attributt (alternativ tekst) – gi det alt=\"beskrivelse\", eller alt=\"\" hvis det bare er pynt"), true, image));
    }

    private static void CheckLinkTexts(PageReader page, ImmutableArray<PageIssue>.Builder issues)
    {
        foreach (var link in page.Links)
        {
            if (link.AriaLabel is not null)
                continue; // the label is what a screen reader says
            var content = link.Text.ToString();
            var text = Collapse(content);
            if (IsVague(text))
                issues.Add(Issue(DiagnosticCodes.VagueLinkText, new(
                    $"the link text \"{content.Trim()}\" does not say where it leads when read alone; name the target, e.g. \"Les mer om kartleggingen\"",
                    $"lenketeksten «{content.Trim()}» sier ikke hvor lenken fører når den leses alene – skriv hva den fører til, for eksempel «Les mer om kartleggingen»"),
                    false, link.Element));
            else if (text.Length == 0 && !link.HasImageWithAlt)
                issues.Add(Issue(DiagnosticCodes.VagueLinkText, new($"the link to '{link.Element.Href}' has no text",
                    $"lenken til «{link.Element.Href}» har ingen tekst – skriv hva den fører til mellom klammene"), true, link.Element));
        }
    }

    private static void CheckIds(PageReader page, ImmutableArray<PageIssue>.Builder issues)
    {
        if (!HasRepeatedId(page.IdElements))
            return;
        foreach (var group in page.IdElements.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            issues.Add(Issue(DiagnosticCodes.DuplicateElementId, new(
                $"the id '{group.Key}' is used {group.Count()} times on the page; links and labels to it become ambiguous",
                $"id-en «{group.Key}» er brukt {group.Count()} ganger på siden, så lenker og etiketter til den blir tvetydige – gi hver sin egen id"),
                true, group.Skip(1).First().Element));
    }

    private static void CheckTables(PageReader page, ImmutableArray<PageIssue>.Builder issues)
    {
        foreach (var table in page.Tables.Where(t => !t.HasHeaderCell))
            issues.Add(Issue(DiagnosticCodes.TableWithoutHeaders, new("a table has no header cells; give it a header row (| Navn | Dato | then |---|---|)",
                "en tabell mangler overskriftsrad – begynn den med en rad med overskrifter (| Navn | Dato | og så |---|---|)"), false, table.Element));
    }

    private static void CheckForeignResources(PageReader page, ImmutableArray<string> allowedOrigins, ImmutableArray<PageIssue>.Builder issues)
    {
        foreach (var (element, url) in page.Loads)
        {
            if (ForeignOrigin(url) is { } origin && !allowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
                issues.Add(Issue(DiagnosticCodes.ForeignResource, new(
                    $"the page loads {url} from {origin}; visitors' browsers would contact another site (privacy). Copy the file into the site, or add the origin to 'allowed_origins' in site.yml",
                    $"siden henter {url} fra {origin}, så lesernes nettlesere ville kontaktet et annet nettsted (personvern) – kopier filen inn på nettstedet, eller legg {origin} til under «allowed_origins» i site.yml"),
                    true, element));
        }
        foreach (var (styled, style) in page.Styles)
        {
            if (style.Contains("url(", StringComparison.OrdinalIgnoreCase) && ForeignOrigin(StyleUrl(style)) is { } origin
                && !allowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
                issues.Add(Issue(DiagnosticCodes.ForeignResource, new($"an inline style loads a file from {origin}",
                    $"et style-attributt henter en fil fra {origin}, så lesernes nettlesere ville kontaktet et annet nettsted (personvern) – kopier filen inn på nettstedet"), true, styled));
        }
    }

    private static bool HasRepeatedId(List<(string Id, PageElement Element)> elements)
    {
        var seen = new HashSet<string>(elements.Count, StringComparer.Ordinal);
        foreach (var (id, _) in elements)
        {
            if (!seen.Add(id))
                return true;
        }
        return false;
    }

    /// <summary>"https://host" for absolute or protocol-relative URLs; null for the site's own paths.</summary>
    public static string? ForeignOrigin(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
            trimmed = "https:" + trimmed;
        else if (!trimmed.Contains(':'))
            return null; // a path ("/css/site.css") has no scheme; parsing it as an address costs more than the rest of the audit
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
    }

    private static string StyleUrl(string style)
    {
        var start = style.IndexOf("url(", StringComparison.OrdinalIgnoreCase) + 4;
        var end = style.IndexOf(')', start);
        return style[start..(end < 0 ? style.Length : end)].Trim(' ', '"', '\'');
    }

    /// <summary>White space as single spaces, no dots or arrows at the ends: a link text as <see cref="VagueLinkTexts"/> are written, but for case.</summary>
    private static string Collapse(string text)
    {
        // In one pass, as splitting at white space and joining with spaces would: every link of every page comes here.
        var words = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var (length, space) = (0, false);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space)
                words[length++] = ' ';
            words[length++] = c;
            space = false;
        }
        var collapsed = words[..length].Trim(" .…»›→");
        return collapsed.SequenceEqual(text) ? text : collapsed.ToString();
    }

    /// <summary>Only a text as short as one of them is lower-cased (invariant lower case, which covers the Norwegian letters): doing so for every link was most of the audit's time.</summary>
    private static bool IsVague(string text) => text.Length <= LongestVagueText && VagueLinkTexts.Contains(text.ToLowerInvariant());

    private static string Short(string text) => text.Trim() is { Length: > 60 } long_ ? long_[..57] + "..." : text.Trim();

    private static PageIssue Issue(string code, LocalizedText message, bool isError, PageElement element) =>
        new(code, message, isError, element.Line, element.Column)
        {
            HeadingId = element.Name is ['h', >= '1' and <= '6'] ? element.Id : null,
            Href = element.Href,
        };
}
