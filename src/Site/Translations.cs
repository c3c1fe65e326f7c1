using System.Collections.Immutable;

namespace SiteGen.Site;

/// <summary>
/// Which pages are versions of each other, and the home page of each language. Built once in the
/// model; templates get it as hreflang alternates and the language switch, the sitemap as xhtml:link.
/// </summary>
public sealed class Translations(
    ImmutableDictionary<string, ImmutableArray<Translation>> bySitePath,
    ImmutableSortedDictionary<string, string> homes)
{
    public static readonly Translations Empty = new(
        ImmutableDictionary<string, ImmutableArray<Translation>>.Empty, ImmutableSortedDictionary<string, string>.Empty);

    /// <summary>Every version of the page at the address, itself included (the original first, then by language); empty when it has none.</summary>
    public ImmutableArray<Translation> Of(string sitePath) =>
        bySitePath.TryGetValue(sitePath, out var versions) ? versions : [];

    /// <summary>The address of each language's home page ("/" for the site's language, "/en/" …), by language code.</summary>
    public ImmutableSortedDictionary<string, string> Homes => homes;

    public bool IsHome(string sitePath) => homes.ContainsValue(sitePath);
}
