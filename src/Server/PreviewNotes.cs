using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Server;

/// <summary>
/// What the preview shows besides errors, each collapsed to one line so it does not stand in the
/// way: the build's warnings, and the news items and pages left out on purpose (scheduled, draft,
/// expired), so an editor can tell "not yet" from "broken" when an item is missing.
/// </summary>
public static class PreviewNotes
{
    public const string WarningsId = "sitegen-warnings";
    public const string UnpublishedId = "sitegen-unpublished";

    /// <summary>The collapsed boxes, or null when there is nothing to say.</summary>
    public static string? Render(IReadOnlyList<Diagnostic> warnings, IReadOnlyList<UnpublishedItem> unpublished, MessageLanguage language)
    {
        var html = new StringBuilder();
        if (warnings.Count > 0)
            AppendWarnings(html, warnings, language);
        if (unpublished.Count > 0)
            AppendUnpublished(html, unpublished, language);
        return html.Length == 0 ? null : html.ToString();
    }

    private static void AppendWarnings(StringBuilder html, IReadOnlyList<Diagnostic> warnings, MessageLanguage language)
    {
        Open(html, WarningsId, "sitegen-box-warnings", PreviewTexts.WarningsSummary(warnings.Count), language);
        html.Append("<ol>");
        foreach (var warning in warnings.Take(ErrorOverlay.MaxShown))
        {
            html.Append("<li class=\"sitegen-warning\">");
            html.Append($"<code class=\"sitegen-location\">{Html.Escape(warning.Location?.ToString() ?? "sitegen")}</code> ");
            html.Append($"<span class=\"sitegen-message\">{Html.Escape($"{warning.Code}: {warning.Text.In(language)}")}</span></li>");
        }
        html.Append("</ol>");
        if (warnings.Count > ErrorOverlay.MaxShown)
            html.Append("<p>").Append(Html.Escape(PreviewTexts.MoreErrors(warnings.Count - ErrorOverlay.MaxShown).In(language))).Append("</p>");
        html.Append("</details></div>");
    }

    private static void AppendUnpublished(StringBuilder html, IReadOnlyList<UnpublishedItem> items, MessageLanguage language)
    {
        Open(html, UnpublishedId, "sitegen-box-unpublished", PreviewTexts.UnpublishedSummary(items.Count), language);
        html.Append("<ul>");
        foreach (var item in items)
        {
            html.Append("<li class=\"sitegen-unpublished-item\">");
            html.Append($"<code class=\"sitegen-location\">{Html.Escape(item.Source.Path)}</code> ");
            html.Append($"<span class=\"sitegen-title\">{Html.Escape($"{PreviewTexts.Kind(item).In(language)} «{item.Title}»")}</span> – ");
            html.Append($"<span class=\"sitegen-reason\">{Html.Escape(PreviewTexts.Reason(item).In(language))}</span></li>");
        }
        html.Append("</ul></details></div>");
    }

    /// <summary>A collapsed box: role="status", not an alert, since nothing is broken.</summary>
    private static void Open(StringBuilder html, string id, string kind, LocalizedText summary, MessageLanguage language) =>
        html.Append($"<div id=\"{id}\" class=\"sitegen-box {kind}\" role=\"status\" lang=\"{PreviewPanel.Lang(language)}\"><details><summary>")
            .Append(Html.Escape(summary.In(language))).Append("</summary>");
}
