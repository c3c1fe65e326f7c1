using System.Text.RegularExpressions;

namespace SiteGen.Documents;

/// <summary>A link as it goes into the HTML, and the published file it leads to, if any.</summary>
public sealed record ResolvedLink(string Url, Document? Document);

/// <summary>
/// Turns a URL an editor wrote into the one the site needs. Site paths ("/files/x.pdf", "/aktuelt/")
/// move under the base path; a relative path to a published file ("files/x.pdf", "../files/x.pdf",
/// "kart.png" beside the page) becomes that file's address, whichever page it is written on.
/// Anything else is left as written, for the link checker to judge.
/// </summary>
public sealed partial class LinkResolver(string basePath, DocumentIndex documents)
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    /// <param name="fromInputPath">The file the link is written in, relative to input/ ("pages/x.md"); null when unknown.</param>
    public ResolvedLink Resolve(string url, string? fromInputPath)
    {
        if (url.Length == 0 || url[0] is '#' or '?' || url.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(url))
            return new ResolvedLink(url, null);
        var cut = url.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut < 0 ? url : url[..cut]);
        var suffix = cut < 0 ? "" : url[cut..];
        if (url.StartsWith('/'))
            return new ResolvedLink(basePath + url[1..], documents.BySitePath(path));
        // Beside the page first ("kart.png"), then from input/ ("files/x.pdf"), as editors think of it.
        foreach (var candidate in new[] { DocumentPaths.Combine(fromInputPath, path), DocumentPaths.Combine(null, path) })
        {
            if (candidate is not null && documents.ByInputPath(candidate) is { } document)
                return new ResolvedLink(basePath + document.UrlPath[1..] + suffix, document);
        }
        return new ResolvedLink(url, null);
    }
}
