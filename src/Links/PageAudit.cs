using System.Collections.Immutable;
using AngleSharp.Dom;
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

    private const string LoadingSelector = "script[src], link[href], img[src], iframe[src], frame[src], source[src], video[src], audio[src], track[src], embed[src], object[data], input[type=image][src]";

    public static ImmutableArray<PageIssue> Inspect(IDocument document, ImmutableArray<string> allowedOrigins)
    {
        var issues = ImmutableArray.CreateBuilder<PageIssue>();
        CheckLanguage(document, issues);
        CheckHeadings(document, issues);
        CheckImages(document, issues);
        CheckLinkTexts(document, issues);
        CheckIds(document, issues);
        CheckTables(document, issues);
        CheckForeignResources(document, allowedOrigins, issues);
        return issues.ToImmutable();
    }

    private static void CheckLanguage(IDocument document, ImmutableArray<PageIssue>.Builder issues)
    {
        if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")))
            issues.Add(Issue(DiagnosticCodes.PageWithoutLanguage, new("the page has no <html lang>; screen readers cannot pick the right voice",
                "siden mangler <html lang>, så skjermlesere kan ikke velge riktig stemme – hovedmalen i temaet må ha <html lang=\"nb\">"), true, document.DocumentElement));
    }

    private static void CheckHeadings(IDocument document, ImmutableArray<PageIssue>.Builder issues)
    {
        var headings = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        var h1s = headings.Count(h => h.LocalName == "h1");
        if (h1s != 1)
            issues.Add(Issue(DiagnosticCodes.HeadingStructure, h1s == 0
                ? new("the page has no h1 heading", "siden har ingen hovedoverskrift (h1) – malen må vise sidetittelen som h1")
                : new($"the page has {h1s} h1 headings; the page title is the only h1, so start headings in the text with '##'",
                    $"siden har {h1s} hovedoverskrifter (h1), men sidetittelen skal være den eneste – begynn overskriftene i teksten med «##»"),
                // The first h1 is the title the template writes; the second is the one to change, most often a '#' in the text.
                true, headings.Where(h => h.LocalName == "h1").Skip(1).FirstOrDefault() ?? headings.FirstOrDefault() ?? document.Body!));
        var previous = 1;
        foreach (var heading in headings)
        {
            var level = heading.LocalName[1] - '0';
            if (level > previous + 1)
                issues.Add(Issue(DiagnosticCodes.HeadingStructure, new(
                    $"the heading \"{Short(heading.TextContent)}\" is h{level} right after an h{previous}; don't skip levels (use {new string('#', previous + 1)})",
                    $"overskriften «{Short(heading.TextContent)}» er på nivå {level} rett etter en overskrift på nivå {previous} – ikke hopp over nivåer (skriv {new string('#', previous + 1)})"),
                    false, heading));
            previous = level;
        }
    }

    private static void CheckImages(IDocument document, ImmutableArray<PageIssue>.Builder issues)
    {
        // Markdown images without alt are warned about at their source line (SG1105); this catches templates and raw HTML.
        foreach (var image in document.QuerySelectorAll("img:not([alt])").Where(i => i.Closest(".prose") is null))
            issues.Add(Issue(DiagnosticCodes.ImageWithoutAlt, new($"the image '{image.GetAttribute("src")}' has no alt attribute",
                $"bildet «{image.GetAttribute("src")}» mangler alt-attributt (alternativ tekst) – gi det alt=\"beskrivelse\", eller alt=\"\" hvis det bare er pynt"), true, image));
    }

    private static void CheckLinkTexts(IDocument document, ImmutableArray<PageIssue>.Builder issues)
    {
        foreach (var link in document.QuerySelectorAll("a[href]"))
        {
            var text = Normalize(link.TextContent);
            var label = link.GetAttribute("aria-label");
            if (label is null && VagueLinkTexts.Contains(text))
                issues.Add(Issue(DiagnosticCodes.VagueLinkText, new(
                    $"the link text \"{link.TextContent.Trim()}\" does not say where it leads when read alone; name the target, e.g. \"Les mer om kartleggingen\"",
                    $"lenketeksten «{link.TextContent.Trim()}» sier ikke hvor lenken fører når den leses alene – skriv hva den fører til, for eksempel «Les mer om kartleggingen»"),
                    false, link));
            else if (label is null && text.Length == 0 && link.QuerySelector("img[alt]:not([alt=''])") is null)
                issues.Add(Issue(DiagnosticCodes.VagueLinkText, new($"the link to '{link.GetAttribute("href")}' has no text",
                    $"lenken til «{link.GetAttribute("href")}» har ingen tekst – skriv hva den fører til mellom klammene"), true, link));
        }
    }

    private static void CheckIds(IDocument document, ImmutableArray<PageIssue>.Builder issues)
    {
        foreach (var group in document.QuerySelectorAll("[id]").GroupBy(e => e.Id!, StringComparer.Ordinal).Where(g => g.Count() > 1))
            issues.Add(Issue(DiagnosticCodes.DuplicateElementId, new(
                $"the id '{group.Key}' is used {group.Count()} times on the page; links and labels to it become ambiguous",
                $"id-en «{group.Key}» er brukt {group.Count()} ganger på siden, så lenker og etiketter til den blir tvetydige – gi hver sin egen id"),
                true, group.Skip(1).First()));
    }

    private static void CheckTables(IDocument document, ImmutableArray<PageIssue>.Builder issues)
    {
        foreach (var table in document.QuerySelectorAll("table").Where(t => t.QuerySelector("th") is null))
            issues.Add(Issue(DiagnosticCodes.TableWithoutHeaders, new("a table has no header cells; give it a header row (| Navn | Dato | then |---|---|)",
                "en tabell mangler overskriftsrad – begynn den med en rad med overskrifter (| Navn | Dato | og så |---|---|)"), false, table));
    }

    private static void CheckForeignResources(IDocument document, ImmutableArray<string> allowedOrigins, ImmutableArray<PageIssue>.Builder issues)
    {
        foreach (var element in document.QuerySelectorAll(LoadingSelector))
        {
            if (element.LocalName == "link" && !LoadsSomething(element))
                continue;
            var url = element.GetAttribute("src") ?? element.GetAttribute("href") ?? element.GetAttribute("data") ?? "";
            if (ForeignOrigin(url) is { } origin && !allowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
                issues.Add(Issue(DiagnosticCodes.ForeignResource, new(
                    $"the page loads {url} from {origin}; visitors' browsers would contact another site (privacy). Copy the file into the site, or add the origin to 'allowed_origins' in site.yml",
                    $"siden henter {url} fra {origin}, så lesernes nettlesere ville kontaktet et annet nettsted (personvern) – kopier filen inn på nettstedet, eller legg {origin} til under «allowed_origins» i site.yml"),
                    true, element));
        }
        foreach (var styled in document.QuerySelectorAll("[style]"))
        {
            if (styled.GetAttribute("style")!.Contains("url(", StringComparison.OrdinalIgnoreCase) && ForeignOrigin(StyleUrl(styled.GetAttribute("style")!)) is { } origin
                && !allowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
                issues.Add(Issue(DiagnosticCodes.ForeignResource, new($"an inline style loads a file from {origin}",
                    $"et style-attributt henter en fil fra {origin}, så lesernes nettlesere ville kontaktet et annet nettsted (personvern) – kopier filen inn på nettstedet"), true, styled));
        }
    }

    /// <summary>rel=canonical and rel=alternate only name addresses; stylesheets, icons and preloads make the browser fetch.</summary>
    private static bool LoadsSomething(IElement link)
    {
        var rel = (link.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rel.Any(r => r is "stylesheet" or "icon" or "apple-touch-icon" or "preload" or "prefetch" or "preconnect" or "dns-prefetch" or "modulepreload" or "manifest");
    }

    /// <summary>"https://host" for absolute or protocol-relative URLs; null for the site's own paths.</summary>
    public static string? ForeignOrigin(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
            trimmed = "https:" + trimmed;
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

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', '…', '»', '›', '→').ToLowerInvariant();

    private static string Short(string text) => text.Trim() is { Length: > 60 } long_ ? long_[..57] + "..." : text.Trim();

    private static PageIssue Issue(string code, LocalizedText message, bool isError, IElement element)
    {
        var position = element.SourceReference?.Position;
        return new PageIssue(code, message, isError, position?.Line ?? 1, position?.Column ?? 1)
        {
            HeadingId = element.LocalName is ['h', >= '1' and <= '6'] ? element.Id : null,
            Href = element.LocalName == "a" ? element.GetAttribute("href") : null,
        };
    }
}
