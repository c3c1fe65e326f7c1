using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Yaml;
using SiteGen.Content;

namespace SiteGen.Content;

/// <summary>Reads the front matter that says which language a document is in and what it translates.</summary>
public static class LanguageParser
{
    /// <summary>A known language code, or null (after reporting an unknown one) when the key is absent or wrong.</summary>
    public static string? Read(YamlMap map, string key)
    {
        var code = map.String(key)?.Trim();
        if (code is null)
            return null;
        if (Languages.IsKnown(code))
            return code;
        map.Diagnostics.Error(DiagnosticCodes.UnknownLanguage,
            en: $"unknown language code '{code}' in '{key}'; use one of: {Languages.KnownCodes} (nb is Norwegian Bokmål, se Northern Sámi)",
            nb: $"ukjent språkkode «{code}» i «{key}:» – bruk en av disse: {Languages.KnownCodes} (nb er bokmål, nn nynorsk, se nordsamisk, en engelsk)",
            map.LocationOf(key));
        return null;
    }

    /// <summary>'translation_of' as a site path with both slashes ("/om-prosjektet/"); "/" is the home page.</summary>
    public static TranslationLink? ReadTranslationOf(YamlMap map)
    {
        var text = map.String("translation_of")?.Trim();
        if (text is null)
            return null;
        var location = map.LocationOf("translation_of");
        if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal) || text.Contains('#') || text.Contains('?'))
        {
            map.Diagnostics.Error(DiagnosticCodes.DanglingTranslation,
                en: $"'translation_of' takes the address of a page on this site, like /om-prosjektet/ (or / for the home page), found '{text}'",
                nb: $"«translation_of:» skal være adressen til en side på dette nettstedet, som /om-prosjektet/ (eller / for forsiden), men her står «{text}»",
                location);
            return null;
        }
        var path = "/" + text.Trim('/');
        return new TranslationLink(path == "/" ? "/" : path + "/", location);
    }
}
