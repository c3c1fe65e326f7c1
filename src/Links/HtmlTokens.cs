using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace SiteGen.Links;

/// <summary>
/// A start tag: lower-case name, attributes (the first of a repeated name wins, as in browsers) and the
/// 1-based place of its '&lt;'. One object serves every tag of a page and is valid only during
/// <see cref="IHtmlTokenSink.StartTag"/>: attributes are kept as places in the page and become strings
/// only when asked for, as most of them (classes of table cells, aria attributes) never are.
/// </summary>
public sealed class HtmlStartTag
{
    private struct Attribute
    {
        public int NameStart, NameEnd, ValueStart, ValueEnd;

        /// <summary>The name as a string, made only for a name with a letter beyond ASCII (its ASCII letters lower-cased, as HTML does), which cannot be compared letter by letter with a known name.</summary>
        public string? NonAsciiName;

        /// <summary>The decoded value, once asked for.</summary>
        public string? Value;
    }

    private readonly string html;
    private Attribute[] attributes = new Attribute[8];
    private int count;

    internal HtmlStartTag(string html) => this.html = html;

    public string Name { get; private set; } = "";
    public bool SelfClosing { get; private set; }
    public int Line { get; private set; }
    public int Column { get; private set; }

    public string? this[string attribute] => Find(attribute) is var i and >= 0 ? ValueAt(i) : null;

    /// <summary>The value as <see cref="this[string]"/> gives it, without making a string when it has no character references.</summary>
    public ReadOnlySpan<char> ValueSpan(string attribute)
    {
        var i = Find(attribute);
        if (i < 0)
            return default;
        ref var a = ref attributes[i];
        return a.Value is null && html.AsSpan(a.ValueStart, a.ValueEnd - a.ValueStart).IndexOf('&') < 0
            ? html.AsSpan(a.ValueStart, a.ValueEnd - a.ValueStart)
            : ValueAt(i);
    }

    internal void Clear() => count = 0;

    internal void Set(string name, bool selfClosing, int line, int column) => (Name, SelfClosing, Line, Column) = (name, selfClosing, line, column);

    internal void Add(int nameStart, int nameEnd, bool asciiName, int valueStart, int valueEnd)
    {
        if (count == attributes.Length)
            Array.Resize(ref attributes, count * 2);
        attributes[count++] = new Attribute
        {
            NameStart = nameStart,
            NameEnd = nameEnd,
            ValueStart = valueStart,
            ValueEnd = valueEnd,
            NonAsciiName = asciiName ? null : HtmlTokens.Lower(html, nameStart, nameEnd),
        };
    }

    /// <summary>The first attribute whose lower-cased name is the one asked for: later ones of the same name are ignored.</summary>
    private int Find(string attribute)
    {
        for (var i = 0; i < count; i++)
        {
            ref var a = ref attributes[i];
            if (a.NonAsciiName is { } name ? name == attribute : IsLowerCaseOf(html.AsSpan(a.NameStart, a.NameEnd - a.NameStart), attribute))
                return i;
        }
        return -1;
    }

    private static bool IsLowerCaseOf(ReadOnlySpan<char> ascii, string lower)
    {
        if (ascii.Length != lower.Length)
            return false;
        for (var i = 0; i < ascii.Length; i++)
        {
            var c = ascii[i];
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != lower[i])
                return false;
        }
        return true;
    }

    private string ValueAt(int i)
    {
        ref var a = ref attributes[i];
        if (a.Value is null)
        {
            var raw = html[a.ValueStart..a.ValueEnd];
            a.Value = raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
        }
        return a.Value;
    }
}

/// <summary>What <see cref="HtmlTokens.Read"/> reports, in document order.</summary>
public interface IHtmlTokenSink
{
    void StartTag(HtmlStartTag tag);
    void EndTag(string name);

    /// <summary>Text between tags, character references decoded only when <see cref="WantsText"/> asked for it.</summary>
    void Text(string text);

    /// <summary>Whether the next text is needed at all: most text of a page is not, and is then neither decoded nor copied.</summary>
    bool WantsText { get; }
}

/// <summary>
/// A streaming HTML tokenizer for the finished pages: tags, attributes and text with their places,
/// the way the HTML standard's tokenizer splits them (comments, doctype, raw-text elements such as
/// script and style, unquoted and repeated attributes), without building a document. The link check
/// and page audit need only that, and parsing some 10,000 pages into a DOM was most of their time.
/// </summary>
public static class HtmlTokens
{
    /// <summary>Elements whose content is text up to their own end tag (no tags inside).</summary>
    private static bool IsRawText(string name) => name is "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "textarea" or "title";

    /// <summary>Of those, the ones whose text still has character references.</summary>
    private static bool IsEscapable(string name) => name is "textarea" or "title";

    public static void Read(string html, IHtmlTokenSink sink)
    {
        if (html.Contains('\r'))
            html = html.Replace("\r\n", "\n").Replace('\r', '\n'); // the standard's input stream: one kind of newline
        var place = new Place(html);
        var tag = new HtmlStartTag(html);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (lt < 0)
            {
                EmitText(sink, html, i, textEnd, decode: true);
                return;
            }
            var next = lt + 1 < html.Length ? html[lt + 1] : '\0';
            if (char.IsAsciiLetter(next))
            {
                EmitText(sink, html, i, lt, decode: true);
                var (line, column) = place.At(lt);
                var after = ReadTag(html, lt + 1, tag, out var name, out var selfClosing);
                if (after < 0)
                    return; // a tag cut off by the end of the file is dropped, as browsers do
                tag.Set(name, selfClosing, line, column);
                sink.StartTag(tag);
                i = IsRawText(name) ? SkipRawText(html, after, name, sink) : after;
            }
            else if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
            {
                EmitText(sink, html, i, lt, decode: true);
                var after = ReadTag(html, lt + 2, tag, out var name, out _);
                if (after < 0)
                    return;
                sink.EndTag(name);
                i = after;
            }
            else if (next == '!' || next == '?' || next == '/')
            {
                EmitText(sink, html, i, lt, decode: true);
                i = SkipMarkup(html, lt);
            }
            else
            {
                // A '<' that starts no tag is text ("a < b"): keep it with the text that follows.
                var more = html.IndexOf('<', lt + 1);
                var end = more < 0 ? html.Length : more;
                EmitText(sink, html, i, end, decode: true);
                i = end;
            }
        }
    }

    private static void EmitText(IHtmlTokenSink sink, string html, int start, int end, bool decode)
    {
        if (end <= start || !sink.WantsText)
            return;
        var text = html[start..end];
        sink.Text(decode && text.Contains('&') ? WebUtility.HtmlDecode(text) : text);
    }

    /// <summary>Comments, the doctype, CDATA and other markup declarations: nothing the checks need.</summary>
    private static int SkipMarkup(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            // "<!-->" and "<!--->" are whole (empty) comments.
            if (string.CompareOrdinal(html, lt + 4, ">", 0, 1) == 0)
                return lt + 5;
            if (string.CompareOrdinal(html, lt + 4, "->", 0, 2) == 0)
                return lt + 6;
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        if (html.Length - lt == 2 && html[lt + 1] == '/')
            return html.Length; // "</" at the very end
        var gt = html.IndexOf('>', lt + 1);
        return gt < 0 ? html.Length : gt + 1;
    }

    /// <summary>From the tag name to just after its '&gt;', with the attributes put in <paramref name="tag"/>; -1 when the file ends first.</summary>
    private static int ReadTag(string html, int start, HtmlStartTag tag, out string name, out bool selfClosing)
    {
        tag.Clear();
        selfClosing = false;
        var i = start;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
            i++;
        name = TagName(html, start, i);
        while (true)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                selfClosing = html[i] == '/' && i + 1 < html.Length && html[i + 1] == '>';
                i++;
            }
            if (i >= html.Length)
                return -1;
            if (html[i] == '>')
                return i + 1;
            selfClosing = false;
            var nameStart = i++; // a first '=' belongs to the name
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
                i++;
            var nameEnd = i;
            while (i < html.Length && IsSpace(html[i]))
                i++;
            int valueStart = i, valueEnd = i;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                    i++;
                if (i >= html.Length)
                    return -1;
                if (html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    valueStart = i + 1;
                    valueEnd = html.IndexOf(quote, valueStart);
                    if (valueEnd < 0)
                        return -1;
                    i = valueEnd + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                        i++;
                    valueEnd = i;
                }
            }
            tag.Add(nameStart, nameEnd, Ascii.IsValid(html.AsSpan(nameStart, nameEnd - nameStart)), valueStart, valueEnd);
        }
    }

    /// <summary>Past the text of a script, style, title …: up to "&lt;/name" followed by a space, '/' or '&gt;'.</summary>
    private static int SkipRawText(string html, int start, string name, IHtmlTokenSink sink)
    {
        var search = start;
        while (true)
        {
            var close = html.IndexOf("</", search, StringComparison.Ordinal);
            if (close < 0)
            {
                EmitText(sink, html, start, html.Length, IsEscapable(name));
                return html.Length;
            }
            var afterName = close + 2 + name.Length;
            if (afterName <= html.Length && string.Compare(html, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (afterName == html.Length || IsSpace(html[afterName]) || html[afterName] is '/' or '>'))
            {
                EmitText(sink, html, start, close, IsEscapable(name));
                return close;
            }
            search = close + 2;
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f' or '\r';

    /// <summary>The names of the elements pages are made of, so that reading a tag's name makes no string.</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownTagNames = new[]
    {
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "blockquote", "body", "br", "button", "caption", "code", "col", "colgroup",
        "dd", "del", "details", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "mark", "meta", "nav", "noscript",
        "object", "ol", "option", "p", "path", "picture", "pre", "q", "s", "script", "section", "select", "small", "source", "span", "strong", "style", "sub",
        "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
    }.ToFrozenDictionary(n => n, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string TagName(string html, int start, int end) =>
        KnownTagNames.TryGetValue(html.AsSpan(start, end - start), out var known) ? known : Lower(html, start, end);

    internal static string Lower(string html, int start, int end)
    {
        var span = html.AsSpan(start, end - start);
        foreach (var c in span)
        {
            if (char.IsAsciiLetterUpper(c))
                return span.ToString().ToLowerInvariant();
        }
        return span.ToString();
    }

    /// <summary>Line and column of an index, counted forward from the last one asked for (tags come in order).</summary>
    private sealed class Place(string html)
    {
        private int index;
        private int line = 1;
        private int lineStart;

        public (int Line, int Column) At(int target)
        {
            var span = html.AsSpan(index, target - index);
            var newlines = span.Count('\n');
            if (newlines > 0)
            {
                line += newlines;
                lineStart = index + span.LastIndexOf('\n') + 1;
            }
            index = target;
            return (line, target - lineStart + 1);
        }
    }
}
