using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Yaml;

/// <summary>
/// YamlDotNet explains syntax errors in English, in a parser's terms. This turns the ones editors
/// meet into plain Norwegian with a hint; any other keeps the parser's own words, quoted.
/// </summary>
public static partial class YamlMessages
{
    private const string Tabs = "YAML does not allow tab characters for indentation; use spaces";
    private const string TabsNb = "linjen er rykket inn med tabulator – bruk mellomrom i stedet (YAML tillater ikke tabulator i innrykk)";

    /// <summary>How a Norwegian YAML message begins: plain words rather than "invalid YAML".</summary>
    public const string PrefixNb = "feltene kan ikke leses: ";

    [GeneratedRegex(@"^Duplicate key (.+?)\.?$")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"^(?:Anchor|The anchor) '([^']*)'.*not found", RegexOptions.IgnoreCase)]
    private static partial Regex AnchorNotFound();

    private const string UnclosedQuote =
        "et anførselstegn er åpnet her, men ikke lukket på samme linje – sett et anførselstegn til slutt i verdien (skal teksten fortsette på neste linje, må fortsettelsen rykkes inn)";

    private const string ColonInValue =
        "det står et kolon der det ikke kan stå – sett anførselstegn rundt en verdi som inneholder «: », som title: \"Frist: 1. desember\"";

    private static readonly (string Start, string Nb)[] Known =
    [
        ("While scanning a simple key, could not find expected ':'",
            "det mangler et kolon etter feltnavnet, eller en tekst fortsetter på neste linje uten innrykk – skriv «felt: verdi» på én linje"),
        ("Mapping values are not allowed in this context", ColonInValue),
        ("While scanning a plain scalar value, found invalid mapping", ColonInValue),
        ("While scanning a multiline plain scalar, found invalid mapping", ColonInValue),
        ("While parsing a block mapping, did not find expected key",
            "linjen passer ikke inn: sjekk at feltene under hverandre har like mange mellomrom foran, og at anførselstegn rundt en verdi både åpnes og lukkes"),
        ("While parsing a block collection, did not find expected '-' indicator",
            "en linje i listen mangler «- » foran, eller har et annet innrykk enn de andre"),
        ("While scanning a quoted scalar, found unexpected end of stream",
            "et anførselstegn er åpnet, men aldri lukket – sett et anførselstegn til slutt i verdien"),
        ("While scanning a quoted scalar, found unexpected document indicator",
            "et anførselstegn er åpnet, men aldri lukket – sett et anførselstegn til slutt i verdien"),
        ("While scanning a quoted scalar, found unknown escape character",
            "en omvendt skråstrek (\\) i tekst med doble anførselstegn må skrives dobbelt (\\\\) – eller bruk enkle anførselstegn rundt teksten"),
        // Most often a closing quote is missing and the text runs on into the next lines; indentation is the rarer cause.
        ("While scanning a multi-line double-quoted scalar, found wrong indentation", UnclosedQuote),
        ("While scanning a multi-line single-quoted scalar, found wrong indentation", UnclosedQuote),
        ("While parsing a flow sequence, did not find expected ',' or ']'",
            "en liste i klammer mangler komma mellom elementene eller en avsluttende «]» – skriv for eksempel [første, andre]"),
        ("While parsing a flow mapping, did not find expected ',' or '}'",
            "en «{» mangler komma eller en avsluttende «}» – sett anførselstegn rundt en verdi som begynner med «{»"),
        ("While parsing a flow mapping,  did not find expected ',' or '}'",
            "en «{» mangler komma eller en avsluttende «}» – sett anførselstegn rundt en verdi som begynner med «{»"),
        ("While parsing a node, did not find expected node content",
            "det mangler en verdi her – skriv verdien, eller sett anførselstegn rundt den"),
        ("While scanning for the next token, found character that cannot start any token",
            "en verdi begynner med et tegn som ikke kan stå først (som @ eller `) – sett anførselstegn rundt verdien"),
        ("While scanning an anchor or alias",
            "en verdi begynner med «*» eller «&», som YAML leser som en henvisning – sett anførselstegn rundt verdien"),
        ("While scanning a tag",
            "en verdi begynner med «!», som YAML leser som en type – sett anførselstegn rundt verdien"),
        ("While scanning a block scalar",
            "en tekst over flere linjer (etter «|» eller «>») er feil skrevet – sett teksten på linjene under, med innrykk"),
        ("While scanning a literal block scalar",
            "en tekst over flere linjer (etter «|») har feil innrykk – gi alle linjene samme innrykk"),
        ("While scanning plain scalar, found a comment between adjacent scalars",
            "en «#» midt i en verdi blir lest som en kommentar – sett anførselstegn rundt verdien"),
    ];

    /// <summary>The message for a YamlDotNet error, without its position (printed by us).</summary>
    public static LocalizedText Describe(string message)
    {
        message = message.Trim();
        if (IsAboutTabs(message))
            return new($"invalid YAML: {message} ({Tabs})", PrefixNb + TabsNb);
        if (message.StartsWith("While scanning a multi-line", StringComparison.Ordinal) && message.Contains("quoted scalar, found wrong indentation", StringComparison.Ordinal))
            return new($"invalid YAML: {message} (most often the closing quote of the value is missing on this line)", PrefixNb + UnclosedQuote);
        return new($"invalid YAML: {message}", PrefixNb + Norwegian(message));
    }

    public static bool IsAboutTabs(string message) =>
        message.Contains("tab", StringComparison.OrdinalIgnoreCase) || message.Contains("\\t", StringComparison.Ordinal);

    private static string Norwegian(string message)
    {
        if (DuplicateKey().Match(message) is { Success: true } duplicate)
            return $"feltet «{duplicate.Groups[1].Value}» står to ganger – slett det ene";
        if (AnchorNotFound().IsMatch(message))
            return "en verdi begynner med «*», som YAML leser som en henvisning – sett anførselstegn rundt verdien";
        foreach (var (start, nb) in Known)
        {
            if (message.StartsWith(start, StringComparison.Ordinal))
                return nb;
        }
        return $"YAML-leseren sier «{message.TrimEnd('.')}» – sjekk innrykk, kolon og anførselstegn på linjen og linjen over";
    }
}
