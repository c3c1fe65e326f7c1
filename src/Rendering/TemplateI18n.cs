using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// The template functions that depend on the page's language:
/// <c>{{ t "news.title" }}</c>, a theme text (see <see cref="TranslateFunction"/>), and
/// <c>&lt;h3{{ lang_attr news.language }}&gt;</c>, which writes <c> lang="nb"</c> when the text is in
/// another language than the page and nothing otherwise, so parts in another language are marked
/// for screen readers (WCAG 3.1.2) without noise on pages in one language; and
/// <c>{{ deadline.title | in_language site.language }}</c>, which writes the text, wrapped in
/// <c>&lt;span lang="nb"&gt;</c> when that is not the page's language.
/// </summary>
public static class TemplateI18n
{
    public static ScriptObject Functions(ViewFactory views)
    {
        var functions = new ScriptObject { ["t"] = views.Translate };
        functions["lang_attr"] = TemplateFunction.Of<string?, RawHtml>("language", language =>
            string.IsNullOrEmpty(language) || language == views.Language ? RawHtml.Empty : new RawHtml($" lang=\"{Html.Escape(language)}\""));
        functions["in_language"] = TemplateFunction.Of<object?, string?, RawHtml>("text", "language", (text, language) =>
        {
            var escaped = Html.Escape(text?.ToString() ?? "");
            return string.IsNullOrEmpty(language) || language == views.Language ? new RawHtml(escaped) : new RawHtml($"<span lang=\"{Html.Escape(language)}\">{escaped}</span>");
        });
        return functions;
    }
}
