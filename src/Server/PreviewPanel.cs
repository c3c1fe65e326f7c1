using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Server;

/// <summary>
/// Puts the preview's markup into a page as it is sent: the style and reload script at the end of
/// &lt;head&gt; (<see cref="PreviewAssets.Head"/>) and the panel with the boxes (errors, warnings,
/// unpublished items) as the first thing in &lt;body&gt;, so it is at the top of the first screen and
/// the first stop of the Tab key. Done at response time, never in the build, so the files 'build'
/// writes cannot contain it.
/// </summary>
public static class PreviewPanel
{
    public const string ElementId = "sitegen-preview";

    public static string Lang(MessageLanguage language) => language == MessageLanguage.En ? "en" : "nb";

    /// <summary>The panel around the boxes, or "" when there are none.</summary>
    public static string Wrap(string? errors, string? notes, MessageLanguage language) =>
        errors is null && notes is null ? "" :
        $"<div id=\"{ElementId}\" role=\"region\" aria-label=\"{Html.Escape(PreviewTexts.PanelLabel.In(language))}\">{errors}{notes}</div>";

    public static byte[] Inject(byte[] html, string head, string panel)
    {
        var text = Encoding.UTF8.GetString(html);
        var result = new StringBuilder(text.Length + head.Length + panel.Length);
        var headEnd = text.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var bodyStart = BodyContentStart(text, Math.Max(headEnd, 0));
        if (headEnd < 0 || bodyStart < 0)
            return Encoding.UTF8.GetBytes(head + panel + text); // not a whole page; the browser puts both where they belong
        result.Append(text, 0, headEnd).Append(head).Append(text, headEnd, bodyStart - headEnd).Append(panel).Append(text, bodyStart, text.Length - bodyStart);
        return Encoding.UTF8.GetBytes(result.ToString());
    }

    /// <summary>A whole page for when no build has succeeded yet, so there is no site to show the panel on.</summary>
    public static string Page(string head, string panel, MessageLanguage language) =>
        $"<!DOCTYPE html>\n<html lang=\"{Lang(language)}\">\n<head>\n<meta charset=\"utf-8\">\n" +
        $"<title>{Html.Escape(PreviewTexts.NoSiteTitle.In(language))}</title>\n{head}\n</head>\n<body>\n{panel}\n" +
        $"<h1>{Html.Escape(PreviewTexts.NoSiteHeading.In(language))}</h1>\n</body>\n</html>\n";

    /// <summary>Just after the '&gt;' of the &lt;body&gt; tag, or -1 when the page has none.</summary>
    private static int BodyContentStart(string text, int from)
    {
        var body = from;
        while ((body = text.IndexOf("<body", body, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var after = body + "<body".Length;
            if (after < text.Length && (text[after] == '>' || char.IsWhiteSpace(text[after])))
            {
                var close = text.IndexOf('>', after);
                return close < 0 ? -1 : close + 1;
            }
            body = after;
        }
        return -1;
    }
}
