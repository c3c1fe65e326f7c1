using SiteGen.Diagnostics;

namespace SiteGen.Yaml;

/// <summary>
/// Keys SiteGen does not know are kept for templates (front matter params, site.yml params), so a
/// misspelled key passes silently: "publish_date:" publishes at once. A key close to a known one is
/// a warning with the key it most likely means. Besides spelling, editors translate keys into
/// Norwegian (the comments 'new' writes and the editors' guide are Norwegian); the small tables
/// below map the words seen for that to the key, and are used only for keys SiteGen does not know.
/// </summary>
public static class KeySpelling
{
    public static readonly IReadOnlyDictionary<string, string> FrontMatterSynonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["tittel"] = "title", ["dato"] = "date", ["sammendrag"] = "summary", ["ingress"] = "summary",
        ["emneord"] = "tags", ["stikkord"] = "tags", ["tagger"] = "tags", ["frister"] = "deadlines", ["mal"] = "template",
        ["meny"] = "menu", ["kladd"] = "draft", ["utkast"] = "draft", ["publiseringsdato"] = "publishDate", ["publiseres"] = "publishDate",
        ["utløpsdato"] = "expiryDate", ["oppdatert"] = "updated", ["språk"] = "lang", ["innholdsfortegnelse"] = "toc",
    };

    public static readonly IReadOnlyDictionary<string, string> SiteSynonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["tittel"] = "title", ["undertittel"] = "subtitle", ["beskrivelse"] = "description", ["adresse"] = "base_url", ["språk"] = "language",
        ["tidssone"] = "time_zone", ["eier"] = "owner", ["meny"] = "menu", ["målgrupper"] = "audiences", ["språkversjoner"] = "languages",
    };

    public static readonly IReadOnlyDictionary<string, string> DeadlineSynonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["tittel"] = "title", ["dato"] = "date", ["frist"] = "date", ["slutt"] = "end", ["sluttdato"] = "end", ["målgruppe"] = "audience",
        ["målgrupper"] = "audience", ["audiences"] = "audience", ["beskrivelse"] = "description", ["lenke"] = "link", ["påminnelser"] = "reminders",
    };

    /// <summary>The known key an unknown one most likely means, or null when it looks like a key of the editor's own.</summary>
    public static string? Suggest(string key, IReadOnlyCollection<string> known, IReadOnlyDictionary<string, string> synonyms) =>
        synonyms.TryGetValue(key, out var meant) && known.Contains(meant) ? meant : Suggestions.Closest(key, known);

    /// <summary>A warning at every unknown key of the map that is close to a known one.</summary>
    /// <param name="where">Where the keys are, for the message: "front matter", "site.yml".</param>
    public static void WarnAboutMisspelledKeys(YamlMap map, IReadOnlyCollection<string> known, IReadOnlyDictionary<string, string> synonyms, LocalizedText where)
    {
        foreach (var key in map.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            if (Suggest(key, known, synonyms) is not { } meant)
                continue;
            map.Diagnostics.Warning(DiagnosticCodes.MisspelledKey,
                en: $"'{key}' is not a key SiteGen knows in {where.En}, so it does nothing; did you mean '{meant}'?",
                nb: $"«{key}» er ikke et felt SiteGen kjenner i {where.Nb}, så det virker ikke – mente du «{meant}»?",
                map.KeyLocation(key));
        }
    }
}
