using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Server;

/// <summary>
/// The box the preview adds to every page while the latest build has errors: each error's file,
/// line and message, with the source lines around it. It is plain HTML in the page (a fresh load
/// shows it too, without JavaScript), collapsible with &lt;details&gt;, and every piece of text in
/// it is escaped: messages quote the editor's own content.
/// </summary>
public static class ErrorOverlay
{
    public const string ElementId = "sitegen-errors";
    public const int MaxShown = 50;

    private const string Style = """
        <style>
        #sitegen-errors{position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:.75rem 1rem;
          background:#fff;color:#1a1a1a;border-top:4px solid #b00020;box-shadow:0 -2px 12px rgba(0,0,0,.3);font:16px/1.4 system-ui,sans-serif;text-align:left}
        #sitegen-errors summary{font-weight:bold;color:#b00020;cursor:pointer}
        #sitegen-errors ol{margin:.5rem 0;padding-left:1.5rem}
        #sitegen-errors li{margin:.5rem 0}
        #sitegen-errors code,#sitegen-errors pre{font:14px/1.4 ui-monospace,monospace}
        #sitegen-errors pre{margin:.25rem 0;padding:.25rem .5rem;background:#f4f4f4;color:#1a1a1a;overflow:auto;white-space:pre}
        #sitegen-errors mark{display:block;background:#ffe0e0;color:#1a1a1a}
        </style>
        """;

    /// <summary>The overlay for a failed build, to put before &lt;/body&gt; of every page.</summary>
    /// <param name="language">The language of the box's texts and the messages; the positions and codes are the same in both.</param>
    public static string Render(IReadOnlyList<Diagnostic> errors, SourceExcerpt excerpts, MessageLanguage language = MessageLanguage.Nb)
    {
        var en = language == MessageLanguage.En;
        var html = new StringBuilder(Style);
        // The box is in the page's language (Norwegian), unless the messages are English: screen readers need to know.
        html.Append($"<div id=\"{ElementId}\" role=\"alert\" lang=\"{(en ? "en" : "nb")}\"><details open><summary>");
        html.Append(Html.Escape(en
            ? $"SiteGen: {Count(errors.Count, language)} – this is the last version of the site that built"
            : $"SiteGen: {Count(errors.Count, language)} – du ser den siste versjonen av nettstedet som kunne bygges"));
        html.Append("</summary><ol>");
        foreach (var error in errors.Take(MaxShown))
            AppendError(html, error, excerpts.Read(error.Location), language);
        html.Append("</ol>");
        if (errors.Count > MaxShown)
            html.Append(en
                ? $"<p>… and {errors.Count - MaxShown} more; run 'check' to see them all.</p>"
                : $"<p>… og {errors.Count - MaxShown} til; kjør «check» for å se alle.</p>");
        html.Append(en
            ? "<p>Fix the file and save it: the page reloads by itself.</p></details></div>"
            : "<p>Rett filen og lagre den: siden lastes inn på nytt av seg selv.</p></details></div>");
        return html.ToString();
    }

    /// <summary>A whole page for when no build has succeeded yet, so there is no site to show under the overlay.</summary>
    public static string Page(string overlay, MessageLanguage language = MessageLanguage.Nb) => language == MessageLanguage.En
        ? $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>SiteGen: the site does not build</title>\n</head>\n<body>\n<h1>The site does not build yet</h1>\n{overlay}\n</body>\n</html>\n"
        : $"<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n<title>SiteGen: nettstedet kan ikke bygges</title>\n</head>\n<body>\n<h1>Nettstedet kan ikke bygges ennå</h1>\n{overlay}\n</body>\n</html>\n";

    private static void AppendError(StringBuilder html, Diagnostic error, IReadOnlyList<ExcerptLine> lines, MessageLanguage language)
    {
        html.Append("<li class=\"sitegen-error\">");
        html.Append($"<code class=\"sitegen-location\">{Html.Escape(error.Location?.ToString() ?? "sitegen")}</code> ");
        html.Append($"<span class=\"sitegen-message\">{Html.Escape($"{error.Code}: {error.Text.In(language)}")}</span>");
        if (lines.Count > 0)
        {
            var width = lines[^1].Number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            html.Append("<pre class=\"sitegen-source\">");
            foreach (var line in lines)
            {
                var text = Html.Escape($"{line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)} | {line.Text}");
                html.Append(line.IsError ? $"<mark>{text}</mark>" : text + "\n");
            }
            html.Append("</pre>");
        }
        html.Append("</li>");
    }

    private static string Count(int errors, MessageLanguage language) => Cli.Counts.Errors(errors, language);
}
