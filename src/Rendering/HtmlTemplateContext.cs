using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="RawHtml"/>.
/// Scriban has no auto-escaping of its own (scriban/scriban#637); doing it here means no template can
/// forget it. Literal template text goes through other Write overloads and is left alone.
/// </summary>
/// <remarks>
/// <see cref="TemplateContext.Reset"/> forgets the parsed partials and the member accessors, so a
/// context reused for the next page parsed every include and reflected over every view type again
/// (a third of the render time). Both are the same for every page of a build and are kept in
/// <paramref name="partials"/> and <paramref name="accessors"/>, shared by the contexts of one renderer.
/// </remarks>
internal sealed class HtmlTemplateContext(ConcurrentDictionary<string, Template> partials, ConcurrentDictionary<Type, IObjectAccessor?> accessors) : TemplateContext
{
    /// <summary>Where functions report problems found while this page renders (a missing theme text), so they stay with the page.</summary>
    public SiteGen.Diagnostics.DiagnosticBag? Diagnostics { get; set; }

    /// <summary>Where a page is drawn as UTF-8; kept with the context, so its buffer serves every page of this thread.</summary>
    public Utf8Output Utf8 { get; } = new();

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

    // A partial with errors throws here and is not kept, so every page that includes it reports it.
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        partials.TryGetValue(templatePath, out var template) ? template : partials.GetOrAdd(templatePath, base.CreateTemplate(templatePath, callerContext));

    // Every context of a renderer has the same member renamer and filter, so one accessor per type serves them all.
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        accessors.TryGetValue(target.GetType(), out var accessor) ? accessor : accessors.GetOrAdd(target.GetType(), base.GetMemberAccessorImpl(target));
}
