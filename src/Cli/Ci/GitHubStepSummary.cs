using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Ci;

/// <summary>
/// The Markdown GitHub shows on a run's summary page ($GITHUB_STEP_SUMMARY): the outcome in one line
/// and a table of every message, each file linked to its line in the commit that was checked.
/// In Norwegian unless --messages en.
/// </summary>
public static class GitHubStepSummary
{
    /// <param name="heading">"Sjekk av nettstedet" or the like: which command ran.</param>
    /// <param name="outcome">The command's own summary line.</param>
    public static string Markdown(string heading, string outcome, IReadOnlyList<Diagnostic> diagnostics, MessageLanguage language,
        CiEnvironment environment, Func<string, string> repositoryPath)
    {
        var en = language == MessageLanguage.En;
        var text = new StringBuilder();
        text.Append("## ").Append(Cell(heading)).Append("\n\n");
        text.Append(Cell(outcome)).Append("\n\n");
        if (diagnostics.Count == 0)
            return text.ToString();
        text.Append(en ? "| | File | Line | Column | Code | Message |\n" : "| | Fil | Linje | Kolonne | Kode | Melding |\n");
        text.Append("| --- | --- | ---: | ---: | --- | --- |\n");
        foreach (var d in diagnostics.Where(d => d.IsError).Concat(diagnostics.Where(d => !d.IsError)))
        {
            var kind = d.IsError ? (en ? "Error" : "Feil") : (en ? "Warning" : "Advarsel");
            var file = d.Location is { } at ? FileLink(repositoryPath(at.Path), at.Line, environment) : "";
            text.Append("| ").Append(d.IsError ? "❌ " : "⚠️ ").Append(kind)
                .Append(" | ").Append(file)
                .Append(" | ").Append(d.Location?.Line.ToString(CultureInfo.InvariantCulture) ?? "")
                .Append(" | ").Append(d.Location?.Column.ToString(CultureInfo.InvariantCulture) ?? "")
                .Append(" | ").Append(Cell(d.Code))
                .Append(" | ").Append(Cell(d.Text.In(language)))
                .Append(" |\n");
        }
        return text.Append('\n').ToString();
    }

    /// <summary>Appends to the file GitHub names (other steps write to it too); nothing outside GitHub Actions.</summary>
    public static void Append(CiEnvironment environment, string markdown)
    {
        if (environment["GITHUB_STEP_SUMMARY"] is { } path)
            File.AppendAllText(path, markdown, new UTF8Encoding(false));
    }

    // The file at the checked commit, when the runner says which (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA).
    private static string FileLink(string path, int line, CiEnvironment environment)
    {
        if (environment["GITHUB_SERVER_URL"] is not { } server || environment["GITHUB_REPOSITORY"] is not { } repository || environment["GITHUB_SHA"] is not { } sha)
            return "`" + path.Replace("`", "'", StringComparison.Ordinal) + "`";
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return $"[{Cell(path)}]({server.TrimEnd('/')}/{repository}/blob/{sha}/{escaped}#L{line.ToString(CultureInfo.InvariantCulture)})";
    }

    /// <summary>
    /// A table cell's text: '|' would end the cell and a line break the row; HTML and Markdown
    /// punctuation are escaped so a message shows as written.
    /// </summary>
    public static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            _ = c switch
            {
                '&' => cell.Append("&amp;"),
                '<' => cell.Append("&lt;"),
                '>' => cell.Append("&gt;"),
                '\n' or '\r' => cell.Append("<br>"),
                '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '~' or '#' => cell.Append('\\').Append(c),
                _ => cell.Append(c),
            };
        }
        return cell.ToString();
    }
}
