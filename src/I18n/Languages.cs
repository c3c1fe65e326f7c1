using System.Collections.Immutable;

namespace SiteGen.I18n;

/// <summary>
/// The languages SiteGen knows, by their ISO 639-1 code, with each language's name for itself (what
/// the language switch shows). A code outside this list in 'lang:', 'language:' or 'languages:' is an
/// error, so a typo ("eng", "no") is caught. To add a language, add it here; give it dates in
/// <see cref="Rendering.DateFormatter"/> and theme texts in theme/i18n/&lt;code&gt;.yml when someone
/// can write them (until then both fall back to Bokmål).
/// </summary>
public static class Languages
{
    public static readonly ImmutableArray<(string Code, string Name)> All =
    [
        ("nb", "Norsk bokmål"),
        ("nn", "Norsk nynorsk"),
        ("se", "Davvisámegiella"),
        ("en", "English"),
    ];

    /// <summary>The language theme texts fall back to: the theme's complete, reference set of texts.</summary>
    public const string Fallback = "nb";

    public static bool IsKnown(string code) => All.Any(l => l.Code == code);

    public static string NameOf(string code) => All.FirstOrDefault(l => l.Code == code).Name ?? code;

    /// <summary>"nb, nn, se, en": for messages that list the choices.</summary>
    public static string KnownCodes => string.Join(", ", All.Select(l => l.Code));
}
