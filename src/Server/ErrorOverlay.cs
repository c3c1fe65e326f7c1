using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Server;

/// <summary>
/// The red box the preview puts at the top of every page while the latest build failed: each
/// error's file, line and message, with the source lines around it; or, when the build itself
/// crashed, what went wrong. It is plain HTML in the page (a fresh load shows it too, without
/// JavaScript), an alert for screen readers, collapsible with a &lt;details&gt; whose summary is
/// reachable by keyboard, and every piece of text in it is escaped: messages quote the editor's own
/// content. Its look comes from Assets/preview.css (see <see cref="PreviewPanel"/>).
/// </summary>
public static class ErrorOverlay
{
    public const string ElementId = "sitegen-errors";
    public const int MaxShown = 50;

    /// <summary>The box for a failed build.</summary>
    /// <param name="language">The language of the box's texts and the messages; the positions and codes are the same in both.</param>
    public static string Render(IReadOnlyList<Diagnostic> errors, SourceExcerpt excerpts, MessageLanguage language = MessageLanguage.Nb)
    {
        var html = Open(language, PreviewTexts.ErrorsSummary(errors.Count));
        html.Append("<ol>");
        foreach (var error in errors.Take(MaxShown))
            AppendError(html, error, excerpts.Read(error.Location), language);
        html.Append("</ol>");
        if (errors.Count > MaxShown)
            Paragraph(html, PreviewTexts.MoreErrors(errors.Count - MaxShown), language);
        Paragraph(html, PreviewTexts.FixAndSave, language);
        return Close(html);
    }

    /// <summary>The box for a build that threw: SiteGen's own failure, which the editor may still be able to avoid.</summary>
    public static string Crash(Exception exception, MessageLanguage language = MessageLanguage.Nb)
    {
        var html = Open(language, PreviewTexts.CrashSummary);
        html.Append("<p class=\"sitegen-crash\">").Append(Html.Escape(PreviewTexts.CrashDetail(exception).In(language))).Append("</p>");
        Paragraph(html, PreviewTexts.CrashAdvice, language);
        return Close(html);
    }

    private static StringBuilder Open(MessageLanguage language, LocalizedText summary)
    {
        var html = new StringBuilder();
        // The box is in the page's language (Norwegian), unless the messages are English: screen readers need to know.
        html.Append($"<div id=\"{ElementId}\" class=\"sitegen-box sitegen-box-errors\" role=\"alert\" lang=\"{PreviewPanel.Lang(language)}\"><details open><summary>");
        html.Append(Html.Escape(summary.In(language))).Append("</summary>");
        return html;
    }

    private static string Close(StringBuilder html) => html.Append("</details></div>").ToString();

    private static void Paragraph(StringBuilder html, LocalizedText text, MessageLanguage language) =>
        html.Append("<p>").Append(Html.Escape(text.In(language))).Append("</p>");

    private static void AppendError(StringBuilder html, Diagnostic error, IReadOnlyList<ExcerptLine> lines, MessageLanguage language)
    {
        html.Append("<li class=\"sitegen-error\">");
        html.Append($"<code class=\"sitegen-location\">{Html.Escape(error.Location?.ToString() ?? "sitegen")}</code> ");
        html.Append($"<span class=\"sitegen-message\">{Html.Escape($"{error.Code}: {error.Text.In(language)}")}</span>");
        if (lines.Count > 0)
        {
            var width = lines[^1].Number.ToString(CultureInfo.InvariantCulture).Length;
            html.Append("<pre class=\"sitegen-source\">");
            foreach (var line in lines)
            {
                var text = Html.Escape($"{line.Number.ToString(CultureInfo.InvariantCulture).PadLeft(width)} | {line.Text}");
                // The newline stays outside the mark: every source line is a line of its own, marked or not.
                html.Append(line.IsError ? $"<mark>{text}</mark>" : text).Append('\n');
            }
            html.Append("</pre>");
        }
        html.Append("</li>");
    }
}
