using Scriban;
using Scriban.Parsing;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="RawHtml"/>.
/// Scriban has no auto-escaping of its own (scriban/scriban#637); doing it here means no template can
/// forget it. Literal template text goes through other Write overloads and is left alone.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>Where functions report problems found while this page renders (a missing theme text), so they stay with the page.</summary>
    public SiteGen.Diagnostics.DiagnosticBag? Diagnostics { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                return Write(raw.Html);
            default:
                var text = ObjectToString(textAsObject);
                return string.IsNullOrEmpty(text) ? this : Write(Html.Escape(text));
        }
    }
}
