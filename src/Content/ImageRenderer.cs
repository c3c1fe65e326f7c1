using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content;

/// <summary>
/// Markdig writes <c>alt=""</c> for an image written without alt text (<c>![](bilde.png)</c>), which
/// marks it as decorative and hides the missing text from every checker and screen reader. Here such
/// an image gets no alt attribute at all, so the gap shows up (axe reports it as 'image-alt'). An
/// image that really is decorative says so: <c>![](pynt.png){alt=""}</c>.
/// </summary>
internal sealed class ImageRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage || link.FirstChild is not null || !renderer.EnableHtmlForInline)
        {
            base.Write(renderer, link);
            return;
        }
        renderer.Write("<img src=\"").WriteEscapeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url).Write('"');
        renderer.WriteAttributes(link);
        if (!string.IsNullOrEmpty(link.Title))
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        renderer.Write(" />");
    }
}
