using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>The 'page' global every template sees: what the layout needs for &lt;head&gt; and the menu.</summary>
public sealed record PageMeta(string Title, string Kind, string Url, string CanonicalUrl, string Description, string Language)
{
    /// <summary>hreflang alternates for &lt;head&gt; (every version and x-default); empty when the page has no translation.</summary>
    public ImmutableArray<AlternateView> Alternates { get; init; } = [];

    /// <summary>The home page in the page's language ("/en/" on English pages), for the site title's link.</summary>
    public string HomeUrl { get; init; } = "/";

    /// <summary>The language switch for the header; empty on a site in one language.</summary>
    public ImmutableArray<LanguageLinkView> Languages { get; init; } = [];
}
