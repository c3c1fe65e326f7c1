using System.Text;

namespace SiteGen.Links;

/// <summary>An element a finding names: where its start tag is, and what a message needs of it.</summary>
public sealed record PageElement(string Name, int Line, int Column, string? Id, string? Href)
{
    public static readonly PageElement Implied = new("", 1, 1, null, null);
}

/// <summary>
/// One pass over a finished page's tokens that keeps what the link check and the page audit ask
/// about: ids, URLs, headings and link texts, and the few ancestors that matter (.prose, footer,
/// tables). Open elements are kept on a stack the way a browser closes them in the cases the
/// pages have: an end tag closes what is still open inside it, any heading end tag closes a
/// heading, a new link or heading closes the one still open.
/// </summary>
public sealed class PageReader : IHtmlTokenSink
{
    public sealed class Heading(PageElement element, int level)
    {
        public PageElement Element { get; } = element;
        public int Level { get; } = level;
        public StringBuilder Text { get; } = new();
    }

    public sealed class Link(PageElement element, string? ariaLabel)
    {
        public PageElement Element { get; } = element;
        public string? AriaLabel { get; } = ariaLabel;
        public StringBuilder Text { get; } = new();
        public bool HasImageWithAlt { get; set; }
    }

    public sealed class Table(PageElement element)
    {
        public PageElement Element { get; } = element;
        public bool HasHeaderCell { get; set; }
    }

    private readonly record struct Open(string Name, bool Prose, bool Footer, bool Foreign, object? Collects);

    private readonly string? statementUrl;
    private readonly List<Open> stack = [];
    private int prose, footers, foreign, collectors;

    /// <summary>The element of the tag being read, made only when a finding or a heading, link or table may need it.</summary>
    private PageElement? element;

    public PageReader(string? statementUrl) => this.statementUrl = statementUrl;

    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);
    public List<(string Id, PageElement Element)> IdElements { get; } = [];
    public List<HtmlReference> References { get; } = [];
    public bool LinksStatement { get; private set; }
    public bool IsRedirect { get; private set; }
    public string? Language { get; private set; }
    public PageElement? Root { get; private set; }
    public PageElement? Body { get; private set; }
    public List<Heading> Headings { get; } = [];
    public List<(PageElement Element, string? Src)> ImagesWithoutAlt { get; } = [];
    public List<Link> Links { get; } = [];
    public List<Table> Tables { get; } = [];
    public List<(PageElement Element, string Url)> Loads { get; } = [];
    public List<(PageElement Element, string Style)> Styles { get; } = [];

    public bool WantsText => collectors > 0;

    public void Text(string text)
    {
        foreach (var open in stack)
        {
            if (open.Collects is Heading heading)
                heading.Text.Append(text);
            else if (open.Collects is Link link)
                link.Text.Append(text);
        }
    }

    public void StartTag(HtmlStartTag tag)
    {
        var name = tag.Name;
        element = null;
        if (tag["id"] is { } id)
        {
            Ids.Add(id);
            IdElements.Add((id, ElementOf(tag)));
        }
        if (name == "a" && tag["name"] is { } anchor)
            Ids.Add(anchor);
        if (tag["style"] is { } style)
            Styles.Add((ElementOf(tag), style));
        Reference(tag);
        Load(tag);
        object? collects = null;
        switch (name)
        {
            case "html":
                if (Root is null)
                    (Root, Language) = (ElementOf(tag), tag["lang"]);
                break;
            case "body":
                Body ??= ElementOf(tag);
                break;
            case "meta":
                IsRedirect |= string.Equals(tag["http-equiv"], "refresh", StringComparison.OrdinalIgnoreCase);
                break;
            case ['h', >= '1' and <= '6']:
                if (stack.Count > 0 && stack[^1].Collects is Heading)
                    PopTo(stack.Count - 1); // a heading inside a heading closes the first
                collects = new Heading(ElementOf(tag), name[1] - '0');
                Headings.Add((Heading)collects);
                break;
            case "a":
                if (tag["href"] is not null)
                {
                    LinksStatement |= footers > 0 && statementUrl is not null && tag["href"] == statementUrl;
                    collects = new Link(ElementOf(tag), tag["aria-label"]);
                    Links.Add((Link)collects);
                }
                var openLink = LastOpen("a");
                if (openLink >= 0)
                    PopTo(openLink); // links do not nest: a new one closes the last
                break;
            case "img":
                Image(tag);
                break;
            case "table":
                collects = new Table(ElementOf(tag));
                Tables.Add((Table)collects);
                break;
            case "th":
                foreach (var open in stack)
                {
                    if (open.Collects is Table table)
                        table.HasHeaderCell = true;
                }
                break;
        }
        if (IsVoid(name) || (tag.SelfClosing && foreign > 0))
            return;
        var entry = new Open(name, HasClass(tag.ValueSpan("class"), "prose"), name == "footer", name is "svg" or "math", collects);
        stack.Add(entry);
        Count(entry, +1);
    }

    public void EndTag(string name)
    {
        var index = name is ['h', >= '1' and <= '6'] ? LastOpenHeading() : LastOpen(name);
        if (index >= 0)
            PopTo(index);
    }

    private void Image(HtmlStartTag tag)
    {
        var alt = tag["alt"];
        if (alt is null && prose == 0 && !HasClass(tag.ValueSpan("class"), "prose"))
            ImagesWithoutAlt.Add((ElementOf(tag), tag["src"]));
        if (alt is not (null or ""))
        {
            foreach (var open in stack)
            {
                if (open.Collects is Link link)
                    link.HasImageWithAlt = true;
            }
        }
    }

    /// <summary>The URLs the link check follows: a[href], area[href], link[href], img[src] and the other embedded sources.</summary>
    private void Reference(HtmlStartTag tag)
    {
        var (attribute, kind) = tag.Name switch
        {
            "a" or "area" => ("href", ReferenceKind.Link),
            "link" => ("href", ReferenceKind.Resource),
            "img" => ("src", ReferenceKind.Image),
            "script" or "iframe" or "source" or "video" or "audio" or "track" or "embed" => ("src", ReferenceKind.Resource),
            _ => (null, ReferenceKind.Link),
        };
        if (attribute is not null && tag[attribute] is { } value)
            References.Add(new HtmlReference(value.Trim(), kind, tag.Line, tag.Column));
    }

    /// <summary>Elements that make the browser fetch something: the privacy check's candidates.</summary>
    private void Load(HtmlStartTag tag)
    {
        var loads = tag.Name switch
        {
            "script" or "img" or "iframe" or "frame" or "source" or "video" or "audio" or "track" or "embed" => tag["src"] is not null,
            "link" => tag["href"] is not null && LoadsSomething(tag["rel"]),
            "object" => tag["data"] is not null,
            "input" => tag["src"] is not null && string.Equals(tag["type"], "image", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        if (loads)
            Loads.Add((ElementOf(tag), tag["src"] ?? tag["href"] ?? tag["data"] ?? ""));
    }

    /// <summary>rel=canonical and rel=alternate only name addresses; stylesheets, icons and preloads make the browser fetch.</summary>
    private static bool LoadsSomething(string? rel) =>
        (rel ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(r => r is "stylesheet" or "icon" or "apple-touch-icon" or "preload" or "prefetch" or "preconnect" or "dns-prefetch" or "modulepreload" or "manifest");

    private PageElement ElementOf(HtmlStartTag tag) => element ??= new PageElement(tag.Name, tag.Line, tag.Column, tag["id"], tag.Name == "a" ? tag["href"] : null);

    // Loops rather than FindLastIndex with a lambda: that made a closure and a delegate for every end tag of every page.
    private int LastOpen(string name)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Name == name)
                return i;
        }
        return -1;
    }

    private int LastOpenHeading()
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Collects is Heading)
                return i;
        }
        return -1;
    }

    private void PopTo(int index)
    {
        for (var i = stack.Count - 1; i >= index; i--)
            Count(stack[i], -1);
        stack.RemoveRange(index, stack.Count - index);
    }

    private void Count(Open entry, int delta)
    {
        prose += entry.Prose ? delta : 0;
        footers += entry.Footer ? delta : 0;
        foreign += entry.Foreign ? delta : 0;
        collectors += entry.Collects is Heading or Link ? delta : 0;
    }

    private static bool HasClass(ReadOnlySpan<char> classes, string name)
    {
        if (!classes.Contains(name, StringComparison.Ordinal))
            return false;
        foreach (var range in classes.SplitAny(" \t\n\f\r"))
        {
            if (classes[range].SequenceEqual(name))
                return true;
        }
        return false;
    }

    private static bool IsVoid(string name) => name is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta"
        or "source" or "track" or "wbr" or "param" or "keygen" or "basefont" or "bgsound" or "frame";
}
