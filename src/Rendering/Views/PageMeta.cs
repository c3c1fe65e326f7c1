using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>The 'page' global every template sees: what the layout needs for &lt;head&gt; and the menu.</summary>
/// <param name="CanonicalUrl">The page's own address; null on pages with none (404, shown at any missing address).</param>
public sealed record PageMeta(string Title, string Kind, string Url, string? CanonicalUrl, string Description, string Language)
{
    /// <summary>True for pages search engines should not index (404): the layout writes robots noindex.</summary>
    public bool NoIndex { get; init; }

    /// <summary>Open Graph locales of the page's other language versions (og:locale:alternate).</summary>
    public ImmutableArray<string> LocaleAlternates { get; init; } = [];

    /// <summary>A news item's article:published_time and article:modified_time (ISO 8601 with offset); null elsewhere.</summary>
    public string? PublishedTime { get; init; }

    public string? ModifiedTime { get; init; }

    /// <summary>hreflang alternates for &lt;head&gt; (every version and x-default); empty when the page has no translation.</summary>
    public ImmutableArray<AlternateView> Alternates { get; init; } = [];

    /// <summary>The home page in the page's language ("/en/" on English pages), for the site title's link.</summary>
    public string HomeUrl { get; init; } = "/";

    /// <summary>The language switch for the header; empty on a site in one language.</summary>
    public ImmutableArray<LanguageLinkView> Languages { get; init; } = [];
}
