using System.Text;

namespace SiteGen.Bench.Corpus;

/// <summary>
/// Norwegian-like prose from word lists: real Bokmål words in plausible order, with the letters
/// æ, ø and å, so Markdown, slugs, escaping and UTF-8 get the same work as on the real site.
/// </summary>
public static class NorwegianText
{
    public static readonly string[] Nouns =
    [
        "biblioteket", "biblioteksystemet", "kommunen", "fylkesbiblioteket", "kravspesifikasjonen", "avtalen", "leverandøren",
        "katalogen", "konverteringen", "prosjektet", "skolebiblioteket", "folkebiblioteket", "budsjettet", "kartleggingen",
        "utlånet", "samlingen", "brukerne", "elevene", "lånerne", "styringsgruppen", "arbeidsgruppen", "innkjøpet", "anbudet",
        "tilbudet", "fristen", "møtet", "opplæringen", "løsningen", "plattformen", "integrasjonen", "statistikken", "rutinene",
        "nettsiden", "søknaden", "rapporten", "høringen", "tilbakemeldingen", "kontrakten", "prisen", "kostnaden", "behovet",
        "samarbeidet", "fjernlånet", "magasinet", "formidlingen", "arrangementet", "lesestunden", "bokbussen", "filialen",
        "personvernet", "sikkerheten", "driften", "overgangen", "testingen", "dokumentasjonen", "veilederen", "nettverket",
    ];

    public static readonly string[] Verbs =
    [
        "skal vurdere", "har sendt", "må signere", "kan bestille", "vil prioritere", "skal kartlegge", "har behandlet",
        "må avklare", "kan dele", "vil følge opp", "har godkjent", "skal beskrive", "må rydde i", "kan bruke", "har testet",
        "skal etablere", "må oppdatere", "vil presentere", "har mottatt", "skal sammenligne", "må melde inn", "kan endre",
        "har forberedt", "skal gjennomgå", "må sikre", "vil drøfte", "har publisert", "skal levere", "må planlegge",
    ];

    public static readonly string[] Adjectives =
    [
        "felles", "nytt", "gammelt", "viktig", "lokalt", "regionalt", "nasjonalt", "digitalt", "årlig", "foreløpig",
        "endelig", "grunnleggende", "tydelig", "praktisk", "økonomisk", "særlig", "første", "neste", "nødvendig", "åpent",
    ];

    public static readonly string[] Places =
    [
        "Tromsø", "Alta", "Hammerfest", "Vadsø", "Kirkenes", "Harstad", "Finnsnes", "Lakselv", "Karasjok", "Kautokeino",
        "Sortland", "Skjervøy", "Lyngen", "Storfjord", "Nordreisa", "Båtsfjord", "Vardø", "Honningsvåg", "Målselv", "Bardu",
    ];

    public static readonly string[] Connectors =
    [
        "i løpet av våren", "før sommeren", "etter møtet", "sammen med kommunene", "i samarbeid med fylket", "innen fristen",
        "så snart som mulig", "i god tid", "for hele regionen", "på en trygg måte", "uten ekstra kostnader", "i neste fase",
        "med hjelp fra prosjektet", "i tråd med planen", "på tvers av bibliotekene",
    ];

    public static readonly string[] Tags =
    [
        "budsjett", "folkebibliotek", "skolebibliotek", "kommuner", "kravspesifikasjon", "kartlegging", "katalog", "konvertering",
        "opplæring", "anskaffelse", "avtale", "frister", "møte", "rapport", "statistikk", "personvern", "fjernlån", "drift",
        "integrasjon", "leverandør", "høring", "nettside", "formidling", "samarbeid", "test", "økonomi", "tilgjengelighet",
        "bokbuss", "magasin", "arrangement", "læremidler", "elever", "lånere", "plattform", "sikkerhet", "rutiner",
    ];

    public static string Pick(SeededRandom random, IReadOnlyList<string> words) => random.Pick(words);

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>One sentence of 6–20 words, capitalized, ending in a full stop (or now and then a question mark).</summary>
    public static string Sentence(SeededRandom random)
    {
        var text = new StringBuilder();
        text.Append(Capitalize(random.Pick(Nouns))).Append(' ').Append(random.Pick(Verbs)).Append(' ')
            .Append(random.Pick(Adjectives)).Append(' ').Append(random.Pick(Nouns));
        if (random.Chance(50))
            text.Append(' ').Append(random.Pick(Connectors));
        if (random.Chance(30))
            text.Append(" i ").Append(random.Pick(Places));
        if (random.Chance(35))
            text.Append(", og ").Append(random.Pick(Nouns)).Append(' ').Append(random.Pick(Verbs)).Append(' ').Append(random.Pick(Nouns));
        text.Append(random.Chance(8) ? '?' : '.');
        return text.ToString();
    }

    /// <summary>A title of 3–8 words without a full stop.</summary>
    public static string Title(SeededRandom random)
    {
        var text = new StringBuilder(Capitalize(random.Pick(Adjectives))).Append(' ').Append(random.Pick(Nouns));
        if (random.Chance(60))
            text.Append(' ').Append(random.Pick(Connectors));
        else
            text.Append(" i ").Append(random.Pick(Places));
        return text.ToString();
    }

    public static int WordCount(string text) => text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
}
