using AngleSharp.Html.Parser;

namespace SiteGen.Feeds;

/// <summary>
/// Feed readers show an item away from the site and resolve relative links against the feed's own
/// address, so "#avtalen-kan-sies-opp" would lead to …/atom.xml#…. Every link and image in feed
/// content is therefore made absolute against the item's page, as the browser would read it there.
/// </summary>
public static class FeedLinks
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "cite"];

    public static string Absolute(string html, string itemUrl)
    {
        var baseUri = new Uri(itemUrl);
        var container = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;
        foreach (var element in container.QuerySelectorAll("*"))
        {
            foreach (var name in UrlAttributes)
            {
                if (element.GetAttribute(name) is { } value && Resolve(baseUri, value) is { } absolute)
                    element.SetAttribute(name, absolute);
            }
            if (element.GetAttribute("srcset") is { } srcset)
                element.SetAttribute("srcset", string.Join(", ", srcset.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(candidate => candidate.Split(' ', 2) is var parts && Resolve(baseUri, parts[0]) is { } url ? string.Join(' ', [url, .. parts.Skip(1)]) : candidate)));
        }
        return container.InnerHtml;
    }

    /// <summary>The absolute form of a link; null for what needs no change (already absolute, mailto:, empty).</summary>
    private static string? Resolve(Uri baseUri, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || HasScheme(trimmed))
            return null;
        return Uri.TryCreate(baseUri, trimmed, out var resolved) ? resolved.AbsoluteUri : null;
    }

    // "https:", "mailto:", "tel:" … (RFC 3986 scheme); "/x", "x/y", "#z" and "//host" have none.
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && char.IsAsciiLetter(url[0]) && url.AsSpan(0, colon).IndexOfAnyExcept(SchemeChars) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> SchemeChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
}
