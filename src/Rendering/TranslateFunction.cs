using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.I18n;

namespace SiteGen.Rendering;

/// <summary>
/// <c>{{ t "news.title" }}</c>: a theme text in the page's language, from theme/i18n/&lt;lang&gt;.yml.
/// Further arguments fill <c>{0}</c>, <c>{1}</c> … in the text. A text missing in the page's language
/// falls back to Bokmål with a warning at the template line; a key not even in nb.yml is an error.
/// Texts whose key ends in <c>_html</c> may hold inline markup and are written as they are (the
/// arguments are still escaped); all others are escaped like any value.
/// </summary>
internal sealed class TranslateFunction(UiStrings strings, string language, DiagnosticBag? diagnostics) : IScriptCustomFunction
{
    public DiagnosticBag? Diagnostics => diagnostics;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = arguments.Count > 0 ? Convert.ToString(arguments[0], CultureInfo.InvariantCulture) ?? "" : "";
        var text = Text(key, callerContext is null ? null : () => TemplateRenderer.LocationOf(callerContext.Span), (context as HtmlTemplateContext)?.Diagnostics);
        var isHtml = key.EndsWith("_html", StringComparison.Ordinal);
        for (var i = 1; i < arguments.Count; i++)
        {
            var value = context.ObjectToString(arguments[i]) ?? "";
            text = text.Replace("{" + (i - 1).ToString(CultureInfo.InvariantCulture) + "}", isHtml ? Html.Escape(value) : value, StringComparison.Ordinal);
        }
        return isHtml ? new RawHtml(text) : text;
    }

    /// <summary>The text for a key, reporting a fallback or an unknown key at <paramref name="location"/> (worked out only then).</summary>
    /// <param name="pageDiagnostics">The rendering page's own messages, when it keeps them (see <see cref="HtmlTemplateContext.Diagnostics"/>).</param>
    public string Text(string key, Func<SourceLocation?>? location, DiagnosticBag? pageDiagnostics = null)
    {
        var report = pageDiagnostics ?? diagnostics;
        var text = strings.Find(language, key, out var fellBack);
        if (text is null)
        {
            report?.Error(DiagnosticCodes.UnknownUiString,
                en: $"there is no theme text '{key}' in {strings.PathOf(I18n.Languages.Fallback)}; add it there (and to the other languages' files)",
                nb: $"temaet har ingen tekst «{key}» i {strings.PathOf(I18n.Languages.Fallback)} – legg den til der (og i filene for de andre språkene)",
                location?.Invoke());
            return key;
        }
        // A language without a file of its own was warned about once, at the pages in it.
        if (fellBack && strings.Has(language))
            report?.Warning(DiagnosticCodes.MissingUiString,
                en: $"the theme text '{key}' is missing from {strings.PathOf(language)}; pages in '{language}' show the {I18n.Languages.Fallback} text \"{text}\"",
                nb: $"teksten «{key}» mangler i {strings.PathOf(language)}, så sider på «{language}» viser teksten fra «{I18n.Languages.Fallback}»: «{text}»",
                location?.Invoke());
        return text;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "key") : new ScriptParameterInfo(typeof(object), "value");
}
