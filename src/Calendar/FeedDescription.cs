using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Calendar;

/// <summary>
/// A deadline's description for calendar apps, made from its rendered HTML: plain text that keeps
/// every link's address ("skjemaet (https://…)") and list bullets, since most apps show only the
/// text; and the same HTML with absolute links for the apps that show an HTML alternative
/// (X-ALT-DESC: Outlook, Thunderbird).
/// </summary>
public static partial class FeedDescription
{
    // One parser per thread: the feeds are written in parallel, and AngleSharp does not promise that a parser can be shared.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    public static string Text(string html, Uri baseUrl)
    {
        if (html.Length == 0)
            return "";
        var writer = new PlainWriter();
        Walk(Parse(html).Body!, writer, baseUrl, listDepth: 0);
        return writer.ToString();
    }

    /// <summary>The HTML with every href and src made absolute, so it works outside the site.</summary>
    public static string Html(string html, Uri baseUrl)
    {
        var document = Parse(html);
        foreach (var element in document.Body!.QuerySelectorAll("[href], [src]"))
        {
            foreach (var name in new[] { "href", "src" })
            {
                if (element.GetAttribute(name) is { } value)
                    element.SetAttribute(name, Absolute(value, baseUrl));
            }
        }
        return document.Body.InnerHtml.Trim();
    }

    private static IDocument Parse(string html) => Parser.Value!.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");

    private static void Walk(INode node, PlainWriter writer, Uri baseUrl, int listDepth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Text(Whitespace().Replace(text.Data, " "));
                    break;
                case IElement { LocalName: "br" }:
                    writer.Break(1);
                    break;
                case IElement { LocalName: "img" } image:
                    writer.Text(image.GetAttribute("alt") ?? "");
                    break;
                case IElement { LocalName: "a" } link:
                    Link(link, writer, baseUrl, listDepth);
                    break;
                case IElement { LocalName: "pre" } pre:
                    writer.Break(2);
                    writer.Raw(pre.TextContent.TrimEnd('\n'));
                    writer.Break(2);
                    break;
                case IElement { LocalName: "ul" or "ol" } list:
                    List(list, writer, baseUrl, listDepth);
                    break;
                case IElement element when IsBlock(element.LocalName):
                    writer.Break(listDepth > 0 ? 1 : 2);
                    Walk(element, writer, baseUrl, listDepth);
                    writer.Break(listDepth > 0 ? 1 : 2);
                    break;
                case IElement element:
                    Walk(element, writer, baseUrl, listDepth);
                    break;
            }
        }
    }

    /// <summary>"text (address)"; just the address when the text already is it.</summary>
    private static void Link(IElement link, PlainWriter writer, Uri baseUrl, int listDepth)
    {
        var href = link.GetAttribute("href");
        var inner = new PlainWriter();
        Walk(link, inner, baseUrl, listDepth);
        var text = inner.ToString();
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') && text.Length > 0)
        {
            writer.Text(text);
            return;
        }
        var address = Absolute(href, baseUrl);
        var shown = address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? address["mailto:".Length..] : address;
        if (text.Length == 0 || text == shown || text == href || text == address)
            writer.Text(shown);
        else
            writer.Text($"{text} ({shown})");
    }

    private static void List(IElement list, PlainWriter writer, Uri baseUrl, int listDepth)
    {
        writer.Break(listDepth > 0 ? 1 : 2);
        var number = int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            writer.Break(1);
            writer.Raw(new string(' ', 2 * listDepth) + (list.LocalName == "ol" ? $"{number++}. " : "• "));
            writer.Glue(); // the item's first paragraph goes on the bullet's line
            Walk(item, writer, baseUrl, listDepth + 1);
        }
        writer.Break(listDepth > 0 ? 1 : 2);
    }

    private static bool IsBlock(string name) =>
        name is "p" or "div" or "blockquote" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "tr" or "hr" or "section" or "figure" or "dl" or "dt" or "dd";

    private static string Absolute(string url, Uri baseUrl) =>
        Uri.TryCreate(baseUrl, url, out var absolute) ? absolute.AbsoluteUri : url;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Collects text with at most the pending number of line breaks between runs, never at the start or end.</summary>
    private sealed class PlainWriter
    {
        private readonly StringBuilder text = new();
        private int pendingBreaks;
        private bool glued;

        public void Glue() => glued = true;

        public void Break(int count)
        {
            if (!glued)
                pendingBreaks = Math.Max(pendingBreaks, count);
        }

        public void Text(string value)
        {
            if (AtLineStart)
                value = value.TrimStart();
            if (value.Length > 0)
                Raw(value);
        }

        public void Raw(string value)
        {
            if (value.Length == 0)
                return;
            if (text.Length > 0 && pendingBreaks > 0)
            {
                while (text.Length > 0 && text[^1] == ' ')
                    text.Length--;
                text.Append('\n', pendingBreaks);
            }
            pendingBreaks = 0;
            glued = false;
            text.Append(value);
        }

        private bool AtLineStart => glued || text.Length == 0 || pendingBreaks > 0 || text[^1] == '\n';

        public override string ToString() => text.ToString().TrimEnd();
    }
}
