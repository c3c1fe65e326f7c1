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
    /// <summary>GitHub shows at most 10 error and 10 warning annotations of a step (actions/toolkit, "Limitations"); the rest are only in the log.</summary>
    public const int AnnotationsPerKind = 10;

    /// <summary>GitHub refuses a step summary over 1 MiB; the table stops short of it and says so.</summary>
    public const int MaxBytes = 1_000_000;

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
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (errors > AnnotationsPerKind || warnings > AnnotationsPerKind)
            text.Append(en
                ? $"GitHub shows only the first {AnnotationsPerKind} errors and {AnnotationsPerKind} warnings as annotations on the files; this table has all of them.\n\n"
                : $"GitHub viser bare de {AnnotationsPerKind} første feilene og de {AnnotationsPerKind} første advarslene som merknader i filene; tabellen under har alle.\n\n");
        text.Append(en ? "| | File | Line | Column | Code | Message |\n" : "| | Fil | Linje | Kolonne | Kode | Melding |\n");
        text.Append("| --- | --- | ---: | ---: | --- | --- |\n");
        var shown = 0;
        var bytes = Encoding.UTF8.GetByteCount(text.ToString());
        foreach (var d in diagnostics.Where(d => d.IsError).Concat(diagnostics.Where(d => !d.IsError)))
        {
            var row = Row(d, language, environment, repositoryPath);
            bytes += Encoding.UTF8.GetByteCount(row);
            if (bytes > MaxBytes - 10_000)
            {
                text.Append('\n').Append(en
                    ? $"… and {diagnostics.Count - shown} more, which do not fit in GitHub's summary; they are all in the log."
                    : $"… og {diagnostics.Count - shown} til, som ikke får plass i GitHubs oppsummering; alle står i loggen.").Append('\n');
                break;
            }
            text.Append(row);
            shown++;
        }
        return text.Append('\n').ToString();
    }

    private static string Row(Diagnostic d, MessageLanguage language, CiEnvironment environment, Func<string, string> repositoryPath)
    {
        var en = language == MessageLanguage.En;
        var kind = d.IsError ? (en ? "Error" : "Feil") : (en ? "Warning" : "Advarsel");
        var file = d.Location is { } at ? FileLink(repositoryPath(at.Path), at.Line, environment) : "";
        return new StringBuilder("| ").Append(d.IsError ? "❌ " : "⚠️ ").Append(kind)
            .Append(" | ").Append(file)
            .Append(" | ").Append(d.Location?.Line.ToString(CultureInfo.InvariantCulture) ?? "")
            .Append(" | ").Append(d.Location?.Column.ToString(CultureInfo.InvariantCulture) ?? "")
            .Append(" | ").Append(Cell(d.Code))
            .Append(" | ").Append(Cell(d.Text.In(language)))
            .Append(" |\n").ToString();
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
