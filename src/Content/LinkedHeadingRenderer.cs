using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Content;

/// <summary>
/// Renders headings as <c>&lt;h2 id="x"&gt;&lt;a href="#x"&gt;Text&lt;/a&gt;&lt;/h2&gt;</c>: the heading
/// itself is the anchor link, so screen readers hear the heading text once, not an extra "#" link.
/// </summary>
internal sealed class LinkedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = Tags[Math.Clamp(heading.Level, 1, 6) - 1];
        // A heading that already holds a link cannot become one: nested links are invalid HTML.
        var id = heading.Inline?.Descendants<Markdig.Syntax.Inlines.LinkInline>().Any() == true ? null : heading.GetAttributes().Id;
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        if (id is not null)
            renderer.Write("<a class=\"heading-link\" href=\"#").WriteEscapeUrl(id).Write("\">");
        renderer.WriteLeafInline(heading);
        if (id is not null)
            renderer.Write("</a>");
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
