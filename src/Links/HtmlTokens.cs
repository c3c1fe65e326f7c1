using System.Net;

namespace SiteGen.Links;

/// <summary>One attribute of a start tag, its value with character references decoded.</summary>
public readonly record struct HtmlAttribute(string Name, string Value);

/// <summary>A start tag: lower-case name, attributes (the first of a repeated name wins, as in browsers) and the 1-based place of its '&lt;'.</summary>
public sealed class HtmlStartTag(string name, List<HtmlAttribute> attributes, bool selfClosing, int line, int column)
{
    public string Name { get; } = name;
    public bool SelfClosing { get; } = selfClosing;
    public int Line { get; } = line;
    public int Column { get; } = column;

    public string? this[string attribute]
    {
        get
        {
            foreach (var a in attributes)
            {
                if (a.Name == attribute)
                    return a.Value;
            }
            return null;
        }
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
                var after = ReadTag(html, lt + 1, out var name, out var attributes, out var selfClosing);
                if (after < 0)
                    return; // a tag cut off by the end of the file is dropped, as browsers do
                sink.StartTag(new HtmlStartTag(name, attributes, selfClosing, line, column));
                i = IsRawText(name) ? SkipRawText(html, after, name, sink) : after;
            }
            else if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
            {
                EmitText(sink, html, i, lt, decode: true);
                var after = ReadTag(html, lt + 2, out var name, out _, out _);
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

    /// <summary>From the tag name to just after its '&gt;'; -1 when the file ends first.</summary>
    private static int ReadTag(string html, int start, out string name, out List<HtmlAttribute> attributes, out bool selfClosing)
    {
        attributes = [];
        selfClosing = false;
        var i = start;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
            i++;
        name = Lower(html, start, i);
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
            var attribute = Lower(html, nameStart, i);
            while (i < html.Length && IsSpace(html[i]))
                i++;
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                    i++;
                if (i >= html.Length)
                    return -1;
                int valueStart, valueEnd;
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
                var raw = html[valueStart..valueEnd];
                value = raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
            }
            if (!attributes.Exists(a => a.Name == attribute))
                attributes.Add(new HtmlAttribute(attribute, value));
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

    private static string Lower(string html, int start, int end)
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
