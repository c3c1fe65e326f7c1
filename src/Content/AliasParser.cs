using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Content;

/// <summary>Reads 'aliases:': old site paths that should keep working after a page moves.</summary>
public static partial class AliasParser
{
    // Conservative on purpose: a redirect page is written to a file named after the path, so only
    // characters that are safe in file names on every system are allowed, and no '.' or '..' segments.
    [GeneratedRegex(@"^/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*/)*(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*)?$")]
    private static partial Regex SafePath();

    public static ImmutableArray<Alias> Parse(YamlMap map)
    {
        var aliases = ImmutableArray.CreateBuilder<Alias>();
        foreach (var (text, location) in map.Strings("aliases"))
        {
            var path = Normalise(text);
            if (path is null)
                map.Diagnostics.Error(DiagnosticCodes.InvalidLink,
                    en: $"each item of 'aliases' must be an old path on this site starting with '/' (like /gammel-side/ or /aktuelt/gammelt-navn/), found '{text}'",
                    nb: $"hver adresse under «aliases» må være en gammel adresse på nettstedet som begynner med «/» (som /gammel-side/ eller /aktuelt/gammelt-navn/), men er «{text}»",
                    location);
            else if (path == "/")
                map.Diagnostics.Error(DiagnosticCodes.AliasClash, en: "'/' is the home page and cannot be an alias",
                    nb: "«/» er forsiden og kan ikke være en gammel adresse – fjern den fra «aliases»", location);
            else
                aliases.Add(new Alias(path, location));
        }
        return aliases.ToImmutable();
    }

    /// <summary>"/gammel-side" → "/gammel-side/"; "/gammel.html" stays; null when the text is not a safe site path.</summary>
    public static string? Normalise(string text)
    {
        var path = text.Trim();
        if (!SafePath().IsMatch(path))
            return null;
        var last = path[(path.LastIndexOf('/') + 1)..];
        return last.Length > 0 && !last.Contains('.') ? path + "/" : path;
    }
}
