using System.Text.RegularExpressions;
using SiteGen.Bench.Corpus;

namespace SiteGen.Bench;

/// <summary>
/// Known-item queries for the search benchmark: each is made from one generated news item, the way
/// a reader remembers it — its title as written, with the nouns in another inflection, with a typo,
/// cut off while typing, or four words from its body — and counts as found when that item is among
/// the hits. Deterministic from the seed.
/// </summary>
public static partial class SearchQueries
{
    public sealed record Query(string Kind, string Text, string TargetUrl);

    public static readonly string[] Kinds = ["title", "title, other inflection", "title, one typo", "title, cut off while typing", "four words of the body"];

    // The corpus's nouns (NorwegianText.Nouns) are in the definite form; their indefinite forms, written by hand.
    private static readonly Dictionary<string, string> Indefinite = new(StringComparer.Ordinal)
    {
        ["biblioteket"] = "bibliotek", ["biblioteksystemet"] = "biblioteksystem", ["kommunen"] = "kommune", ["fylkesbiblioteket"] = "fylkesbibliotek",
        ["kravspesifikasjonen"] = "kravspesifikasjon", ["avtalen"] = "avtale", ["leverandøren"] = "leverandør", ["katalogen"] = "katalog",
        ["konverteringen"] = "konvertering", ["prosjektet"] = "prosjekt", ["skolebiblioteket"] = "skolebibliotek", ["folkebiblioteket"] = "folkebibliotek",
        ["budsjettet"] = "budsjett", ["kartleggingen"] = "kartlegging", ["utlånet"] = "utlån", ["samlingen"] = "samling", ["brukerne"] = "brukere",
        ["elevene"] = "elever", ["lånerne"] = "lånere", ["styringsgruppen"] = "styringsgruppe", ["arbeidsgruppen"] = "arbeidsgruppe",
        ["innkjøpet"] = "innkjøp", ["anbudet"] = "anbud", ["tilbudet"] = "tilbud", ["fristen"] = "frist", ["møtet"] = "møte",
        ["opplæringen"] = "opplæring", ["løsningen"] = "løsning", ["plattformen"] = "plattform", ["integrasjonen"] = "integrasjon",
        ["statistikken"] = "statistikk", ["rutinene"] = "rutiner", ["nettsiden"] = "nettside", ["søknaden"] = "søknad", ["rapporten"] = "rapport",
        ["høringen"] = "høring", ["tilbakemeldingen"] = "tilbakemelding", ["kontrakten"] = "kontrakt", ["prisen"] = "pris", ["kostnaden"] = "kostnad",
        ["behovet"] = "behov", ["samarbeidet"] = "samarbeid", ["fjernlånet"] = "fjernlån", ["magasinet"] = "magasin", ["formidlingen"] = "formidling",
        ["arrangementet"] = "arrangement", ["lesestunden"] = "lesestund", ["bokbussen"] = "bokbuss", ["filialen"] = "filial",
        ["personvernet"] = "personvern", ["sikkerheten"] = "sikkerhet", ["driften"] = "drift", ["overgangen"] = "overgang", ["testingen"] = "testing",
        ["dokumentasjonen"] = "dokumentasjon", ["veilederen"] = "veileder", ["nettverket"] = "nettverk",
    };

    [GeneratedRegex(@"[A-ZÆØÅ][^.!?\n]*[.!?]")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"\*\*|_|\[|\]\([^)]*\)|^#+ ", RegexOptions.Multiline)]
    private static partial Regex Markup();

    /// <summary><paramref name="perKind"/> queries of each kind, each from another item of the corpus.</summary>
    public static List<Query> Make(CorpusGenerator corpus, int perKind, string basePath)
    {
        var queries = new List<Query>();
        for (var k = 0; k < Kinds.Length; k++)
        {
            for (var q = 0; q < perKind; q++)
            {
                var random = SeededRandom.For(corpus.Seed, q, salt: 100 + k);
                var item = corpus.Item(random.Next(0, corpus.News));
                var text = k switch
                {
                    0 => item.Title,
                    1 => string.Join(' ', item.Title.Split(' ').Select(w => Indefinite.GetValueOrDefault(w, w))),
                    2 => Typo(item.Title, random),
                    3 => item.Title.Length > 8 ? CutOff(item.Title) : item.Title,
                    _ => BodyWords(item.Body, random),
                };
                queries.Add(new Query(Kinds[k], text, $"{basePath}aktuelt/{item.Slug}/"));
            }
        }
        return queries;
    }

    /// <summary>Two neighbouring letters of the longest word swapped, or one doubled.</summary>
    private static string Typo(string title, SeededRandom random)
    {
        var words = title.Split(' ');
        var longest = Array.IndexOf(words, words.MaxBy(w => w.Length));
        var word = words[longest];
        var at = random.Next(2, Math.Max(3, word.Length - 1));
        words[longest] = random.Chance(50) && at + 1 < word.Length
            ? word[..at] + word[at + 1] + word[at] + word[(at + 2)..]
            : word[..at] + word[at] + word[at..];
        return string.Join(' ', words);
    }

    /// <summary>The title with its last word cut to its first four letters (at least), as while typing.</summary>
    private static string CutOff(string title)
    {
        var words = title.Split(' ').ToList();
        var last = words[^1];
        words[^1] = last[..Math.Min(last.Length, Math.Max(4, last.Length / 2))];
        return string.Join(' ', words);
    }

    private static string BodyWords(string body, SeededRandom random)
    {
        var sentences = Sentences().Matches(Markup().Replace(body, "")).Select(m => m.Value).Where(s => s.Split(' ').Length >= 5).ToList();
        var words = random.Pick(sentences).TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = random.Next(0, words.Length - 3);
        return string.Join(' ', words.Skip(start).Take(4));
    }
}
