using System.Buffers;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Sources;

/// <summary>
/// The one rule for characters that XML (RSS, Atom, sitemap) and iCalendar forbid and HTML and JSON
/// readers choke on: C0 controls other than tab and line ends (U+0001, the vertical tab and form
/// feed Word pastes), DEL, C1 controls (U+0080–U+009F, NEL among them), noncharacters (U+FFFE,
/// U+FFFF, U+FDD0–U+FDEF) and lone surrogates. Each is replaced by a space, so every column after it
/// stays where the editor sees it, and reported once per file as a warning at its first position.
/// NUL is not here: a NUL in a file means a binary file, an error of its own.
/// </summary>
public static class ForbiddenCharacters
{
    public static bool IsForbidden(char c) =>
        c is < '\u0020' and not ('\t' or '\n' or '\r') || c is >= '\u007F' and <= '\u009F'
        || c is '\uFFFE' or '\uFFFF' || c is >= '\uFDD0' and <= '\uFDEF';

    // The forbidden characters and every surrogate, for a vectorized search: every content file is searched whole.
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => IsForbidden(c) || char.IsSurrogate(c))]);

    /// <summary>Index of the first forbidden character or lone surrogate, or -1.</summary>
    public static int IndexOf(string text)
    {
        var from = 0;
        while (text.AsSpan(from).IndexOfAny(Suspects) is var found and >= 0)
        {
            var i = from + found;
            if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                return i;
            from = i + 2; // a pair: one character beyond the Basic Multilingual Plane
        }
        return -1;
    }

    /// <summary>The text with every forbidden character replaced by a space (the same string when there is none).</summary>
    public static string Replace(string text)
    {
        var first = IndexOf(text);
        if (first < 0)
            return text;
        var builder = new StringBuilder(text);
        for (var i = first; i < builder.Length; i++)
        {
            var c = builder[i];
            if (char.IsHighSurrogate(c) && i + 1 < builder.Length && char.IsLowSurrogate(builder[i + 1]))
                i++;
            else if (IsForbidden(c) || char.IsSurrogate(c))
                builder[i] = ' ';
        }
        return builder.ToString();
    }

    /// <summary>Replaces forbidden characters in a file's text, warning at the first one.</summary>
    public static string Clean(string text, string path, DiagnosticBag diagnostics)
    {
        var first = IndexOf(text);
        if (first < 0)
            return text;
        Warn(text[first], TextDecoder.LocationOf(path, text, first), diagnostics);
        return Replace(text);
    }

    /// <summary>Replaces forbidden characters in one value (a YAML escape like "\v" makes them), warning at the value.</summary>
    public static string Clean(string value, SourceLocation location, DiagnosticBag diagnostics)
    {
        var first = IndexOf(value);
        if (first < 0)
            return value;
        Warn(value[first], location, diagnostics);
        return Replace(value);
    }

    private static void Warn(char c, SourceLocation location, DiagnosticBag diagnostics)
    {
        var name = $"U+{(int)c:X4}";
        diagnostics.Warning(DiagnosticCodes.ControlCharacter,
            en: $"the text has an invisible control character ({name}{Known(c, en: true)}) that feeds and calendars cannot hold; it was replaced by a space — delete it to silence this",
            nb: $"teksten har et usynlig kontrolltegn ({name}{Known(c, en: false)}), som nyhetsstrømmer og kalendere ikke tåler; det er byttet ut med et mellomrom – slett tegnet for å bli kvitt advarselen",
            location);
    }

    private static string Known(char c, bool en) => c switch
    {
        '\u000B' => en ? ", a vertical tab, often pasted from Word" : ", en loddrett tabulator, som ofte følger med fra Word",
        '\u000C' => en ? ", a form feed" : ", sideskift",
        '\u0085' => en ? ", a 'next line' character" : ", et «neste linje»-tegn",
        _ => "",
    };
}
