using System.Globalization;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// How text becomes index terms, the same in C# and in theme/static/js/sok.js: lower case, accents
/// dropped except on å (é → e, but æ, ø and å stay, as the stemmer needs them), words of letters and
/// digits, common function words left out, each word stemmed.
/// </summary>
public static class SearchText
{
    /// <summary>Bokmål function words that occur in nearly every text: indexing them would only make the index bigger.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "og", "i", "jeg", "det", "at", "en", "et", "den", "til", "er", "som", "på", "de", "med", "han", "av", "ikke", "der",
        "så", "var", "meg", "seg", "men", "ett", "har", "om", "vi", "min", "mitt", "ha", "hadde", "hun", "nå", "over", "da",
        "ved", "fra", "du", "ut", "sin", "dem", "oss", "opp", "kan", "hans", "hvor", "eller", "hva", "skal", "selv", "her",
        "alle", "vil", "bli", "ble", "blitt", "kunne", "inn", "når", "være", "noen", "noe", "ville", "dere", "deres", "kun",
        "etter", "ned", "skulle", "denne", "for", "deg", "si", "sine", "sitt", "mot", "å", "dette", "disse", "uten", "blir",
        "også", "enn", "både", "bare", "hvis", "fordi", "the", "of", "and", "to", "a", "in", "is",
    };

    /// <summary>Lower case, accents dropped (é → e, č → c) except the ring of å; æ and ø have no accent to drop.</summary>
    public static string Fold(string text) => Fold(text.AsSpan());

    /// <inheritdoc cref="Fold(string)"/>
    public static string Fold(ReadOnlySpan<char> text)
    {
        // Nearly every word is ASCII or Norwegian letters: lower case is all there is to do (the index build folds every word of the site).
        var simple = true;
        foreach (var c in text)
        {
            if (c >= 128 && c is not ('å' or 'æ' or 'ø' or 'Å' or 'Æ' or 'Ø'))
            {
                simple = false;
                break;
            }
        }
        if (simple)
        {
            // By hand: ToLowerInvariant asks ICU for every word that has an æ, ø or å, and that call was most of the index build.
            return string.Create(text.Length, text, static (lower, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                    lower[i] = source[i] switch
                    {
                        >= 'A' and <= 'Z' => (char)(source[i] | 0x20),
                        'Å' => 'å',
                        'Æ' => 'æ',
                        'Ø' => 'ø',
                        var c => c,
                    };
            });
        }
        var folded = new StringBuilder(text.Length);
        // By character as the reader sees it (a rune): a letter beyond the Basic Multilingual Plane is two chars, and half of one cannot be normalized.
        foreach (var rune in text.ToString().ToLowerInvariant().EnumerateRunes())
        {
            if (rune.Value < 128 || rune.Value is 'å' or 'æ' or 'ø')
            {
                folded.Append((char)rune.Value);
                continue;
            }
            foreach (var d in rune.ToString().Normalize(NormalizationForm.FormD))
            {
                if (d is < '\u0300' or > '\u036f')
                    folded.Append(d);
            }
        }
        return folded.ToString();
    }

    /// <summary>The words of a text (runs of letters and digits), each with where it starts and how long it is.</summary>
    public static IEnumerable<(int Start, int Length)> WordSpans(string text)
    {
        var position = 0;
        while (NextWord(text, ref position, out var start, out var length))
            yield return (start, length);
    }

    /// <summary>The first word at or after <paramref name="position"/>, which moves past it; false when there is none.</summary>
    internal static bool NextWord(string text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && !IsWordChar(text, i))
            i += CharLength(text, i);
        start = i;
        while (i < text.Length && IsWordChar(text, i))
            i += CharLength(text, i);
        length = i - start;
        position = i;
        return length > 0;
    }

    /// <summary>The folded words of a text, stop words included.</summary>
    public static IEnumerable<string> Words(string text) => WordSpans(text).Select(s => Fold(text.AsSpan(s.Start, s.Length)));

    /// <summary>The index term of a folded word: its stem.</summary>
    public static string Term(string foldedWord) => NorwegianStemmer.Stem(foldedWord);

    // A letter beyond the Basic Multilingual Plane (𝐀, U+1D400) is two chars; a word never ends between them, as in sok.js's /u regex.
    private static int CharLength(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    // Most text is ASCII, which has no combining marks: the Unicode category is looked up only for the rest.
    private static bool IsWordChar(string text, int i) => text[i] < 128 ? char.IsAsciiLetterOrDigit(text[i]) : IsOtherWordChar(text, i);

    private static bool IsOtherWordChar(string text, int i)
    {
        var category = char.GetUnicodeCategory(text, i);
        return char.IsLetterOrDigit(text, i) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
