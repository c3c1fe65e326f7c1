using System.Collections.Immutable;
using SiteGen.Config;
using SiteGen.Diagnostics;

namespace SiteGen.Links;

/// <summary>A page's own address, and the file and site path it leads to (null when none of the site), for its links to its own ids.</summary>
public sealed record PageAddress(Uri Uri, (string File, string SitePath)? Own);

/// <summary>
/// Decides for one URL in one page: fine, external (listed, never fetched), or broken and why.
/// Internal URLs are resolved the way a browser would, against the page's own address under the base URL.
/// </summary>
/// <param name="suggest">
/// Whether a broken link's reason ends in a suggestion ("did you mean …"). A judge that suggests keeps which addresses it
/// has suggested for, so it judges one page at a time; one that does not may judge pages on several threads at once.
/// </param>
public sealed class LinkJudge(SiteConfig config, IEnumerable<string> outputPaths, IReadOnlyDictionary<string, IReadOnlySet<string>> idsByFile, bool suggest = true)
{
    private readonly HashSet<string> paths = new(outputPaths, StringComparer.Ordinal);
    private readonly Dictionary<string, string> pathsIgnoringCase = outputPaths
        .GroupBy(p => p, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The page's own address, which its relative URLs are resolved against.</summary>
    public PageAddress AddressOf(PageScan page)
    {
        var uri = new Uri(config.BaseUrl, config.Url(page.SitePath));
        return new PageAddress(uri, uri.Scheme is "http" or "https" && IsThisHost(uri) && RelativeOnSite(uri) is { } relative && FileFor(relative) is { } file
            ? (file, "/" + relative)
            : null);
    }

    /// <summary>
    /// Verdicts on URLs that mean the same on every page ("/aktuelt/", "https://…"): a site repeats its
    /// menu and footer on every page, so each is resolved once, not some 100 times a page. Pages may be
    /// judged on several threads; a verdict found twice at once is the same verdict.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Value, ReferenceKind Kind), (LinkFinding? Finding, ExternalLink? External)> sameOnEveryPage = new();

    public LinkFinding? Judge(PageScan page, PageAddress address, HtmlReference reference, ICollection<ExternalLink> external)
    {
        if (address.Own is { } own && OwnId(reference.Value) is { } id)
            return JudgeAnchor(page, reference, own.File, own.SitePath, id);
        var pageUri = address.Uri;
        if (!IsSameOnEveryPage(reference.Value))
            return JudgeOnPage(page, pageUri, reference, external);
        var key = (reference.Value, reference.Kind);
        if (!sameOnEveryPage.TryGetValue(key, out var verdict))
        {
            var found = new List<ExternalLink>(1);
            verdict = (JudgeOnPage(page, pageUri, reference, found), found.FirstOrDefault());
            sameOnEveryPage[key] = verdict;
        }
        if (verdict.External is { } link)
            external.Add(link with { PageSitePath = page.SitePath });
        return verdict.Finding is { } finding ? finding with { Page = page, Reference = reference } : null;
    }

    /// <summary>A path from the site's root ("/x", "//host/x") or an address with a scheme: resolved alike against any page.</summary>
    private static bool IsSameOnEveryPage(string value)
    {
        if (value.StartsWith('/'))
            return true;
        var colon = value.IndexOf(':');
        return colon > 0 && value.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0;
    }

    /// <summary>
    /// The id of a link to the page's own element ("#plan-2025") that resolving as an address would leave as it is:
    /// such links are a third of a site's, and resolving each was most of the link check's own time.
    /// </summary>
    private static string? OwnId(string value) =>
        value.StartsWith('#') && !value.AsSpan(1).ContainsAnyExcept(PlainIdCharacters) ? value[1..] : null;

    private static readonly System.Buffers.SearchValues<char> PlainIdCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~");

    private bool IsThisHost(Uri target) => string.Equals(target.Host, config.BaseUrl.Host, StringComparison.OrdinalIgnoreCase);

    /// <summary>The path of an address of this host below the base path ("aktuelt/x/"); null for one outside it.</summary>
    private string? RelativeOnSite(Uri target)
    {
        // Unescaped on both sides: Markdig writes "/o'neill/" as "/o%27neill/", and both are the same folder to a web server.
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        var basePath = Uri.UnescapeDataString(config.BasePath);
        return path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : null;
    }

    private LinkFinding? JudgeOnPage(PageScan page, Uri pageUri, HtmlReference reference, ICollection<ExternalLink> external)
    {
        if (!Uri.TryCreate(pageUri, reference.Value, out var target))
            return new LinkFinding(page, reference, DiagnosticCodes.DeadLink, new("is not a valid address", "er ikke en gyldig adresse"), null);
        if (target.Scheme is not ("http" or "https"))
            return null; // mailto:, tel:, data: — nothing on this site to check
        if (!IsThisHost(target))
        {
            external.Add(new ExternalLink(target.Host, target.AbsoluteUri, page.SitePath));
            return null;
        }
        if (RelativeOnSite(target) is not { } relative)
            return new LinkFinding(page, reference, DiagnosticCodes.DeadLink, new(
                $"leads outside the site, which is published under {config.BasePath}; write site paths starting with '/' in Markdown, or use {{{{ url \"/…\" }}}} in templates",
                $"fører ut av nettstedet, som ligger under {config.BasePath} – skriv adresser på nettstedet med «/» først i Markdown, eller bruk {{{{ url \"/…\" }}}} i maler"),
                target.AbsolutePath);

        var sitePath = "/" + relative;
        var file = FileFor(relative);
        if (file is null)
            return Missing(page, reference, relative, sitePath);
        return JudgeAnchor(page, reference, file, sitePath, Uri.UnescapeDataString(target.Fragment.TrimStart('#')));
    }

    /// <summary>A link to <paramref name="file"/> (at <paramref name="sitePath"/>): fine unless its id is not there.</summary>
    private LinkFinding? JudgeAnchor(PageScan page, HtmlReference reference, string file, string sitePath, string id)
    {
        if (id.Length == 0 || id.Equals("top", StringComparison.OrdinalIgnoreCase) || !idsByFile.TryGetValue(file, out var ids) || ids.Contains(id))
            return null; // "#top" needs no element (HTML: it scrolls to the top); ids are only known in HTML pages
        var reason = new LocalizedText(
            $"points to '#{id}', but the page {PageScan.SitePathOf(file)} has no heading or element with that id",
            $"viser til «#{id}», men siden {PageScan.SitePathOf(file)} har ingen overskrift eller annet med den id-en");
        reason += (suggest ? Suggestions.Closest(id, ids.Order(StringComparer.Ordinal)) : null) is { } meant
            ? new LocalizedText($"; did you mean #{meant}?", $" – mente du #{meant}?")
            : new LocalizedText("", " – sjekk stavemåten mot overskriften");
        return new LinkFinding(page, reference, DiagnosticCodes.DeadAnchor, reason, sitePath);
    }

    /// <summary>The address of the site closest to a broken one: pages as "/x/", files as "/files/x.pdf".</summary>
    private string? Closest(string sitePath)
    {
        if (!suggest)
            return null;
        if (suggested.TryGetValue(sitePath, out var known))
            return known;
        // A site with thousands of pages and many broken links would spend seconds on guesses; the first ones help most.
        if (suggested.Count >= MaxSuggestions)
            return null;
        addresses ??= [.. paths.Select(PageScan.SitePathOf).Where(p => !p.EndsWith(".xml", StringComparison.Ordinal) && !p.EndsWith(".ics", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        return suggested[sitePath] = Suggestions.Closest(sitePath, addresses);
    }

    /// <summary>How many broken addresses get a suggestion.</summary>
    public const int MaxSuggestions = 200;
    private readonly Dictionary<string, string?> suggested = new(StringComparer.Ordinal);
    private List<string>? addresses;

    /// <summary>"x/" is x/index.html; "x" is the file x, or the folder x (servers redirect it to "x/").</summary>
    private string? FileFor(string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/'))
            return paths.Contains(relative + "index.html") ? relative + "index.html" : null;
        if (paths.Contains(relative))
            return relative;
        return paths.Contains(relative + "/index.html") ? relative + "/index.html" : null;
    }

    private LinkFinding Missing(PageScan page, HtmlReference reference, string relative, string sitePath)
    {
        var isFile = Path.GetExtension(relative).Length > 0;
        var reason = reference.Kind == ReferenceKind.Image ? new LocalizedText($"is missing: there is no image {sitePath}", $"mangler: det finnes ikke noe bilde {sitePath}")
            : isFile ? new LocalizedText($"leads nowhere: there is no file {sitePath}", $"fører ingen steder: det finnes ingen fil {sitePath}")
            : new LocalizedText($"leads nowhere: the site has no page {sitePath}", $"fører ingen steder: nettstedet har ingen side {sitePath}");
        var candidate = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (pathsIgnoringCase.TryGetValue(candidate, out var actual))
            reason += new LocalizedText($" (there is /{actual}; capital and small letters count on the web server)",
                $" (det finnes /{actual}; store og små bokstaver er forskjellige på webserveren)");
        else if (Closest(sitePath) is { } meant)
            reason += new LocalizedText($"; did you mean {meant}?", $" – mente du {meant}?");
        var code = reference.Kind == ReferenceKind.Image ? DiagnosticCodes.MissingImage : DiagnosticCodes.DeadLink;
        return new LinkFinding(page, reference, code, reason, sitePath);
    }
}
