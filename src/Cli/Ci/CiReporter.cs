using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Ci;

/// <summary>
/// Writes a command's messages the way the CI it runs in reads them (see <see cref="ReportFormat"/>);
/// 'check' and 'build' share it so both give the same annotations and reports.
/// </summary>
public sealed class CiReporter(CiSettings settings, MessageLanguage language, string? workingDirectory = null)
{
    private readonly string workingDirectory = workingDirectory ?? Directory.GetCurrentDirectory();

    public ReportFormat Format => settings.Format;

    /// <summary>One message as a line: a workflow command on GitHub, the canonical line otherwise.</summary>
    public string Line(Diagnostic diagnostic) => settings.Format == ReportFormat.GitHub
        ? GitHubAnnotations.Command(diagnostic, language, RepositoryPath)
        : diagnostic.Format(language);

    /// <summary>
    /// After the messages: the summary table on GitHub, the Code Quality file on GitLab (written also
    /// when there is nothing to report, so the merge request shows the problems as fixed).
    /// Returns false, having said why, when the report cannot be written.
    /// </summary>
    public bool Finish(string heading, string outcome, IReadOnlyList<Diagnostic> diagnostics, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            switch (settings.Format)
            {
                case ReportFormat.GitHub:
                    GitHubStepSummary.Append(settings.Environment,
                        GitHubStepSummary.Markdown(heading, outcome, diagnostics, language, settings.Environment, RepositoryPath));
                    break;
                case ReportFormat.GitLab:
                    var json = GitLabCodeQuality.Json(diagnostics, language, RepositoryPath, RepositoryPath(InputFolder));
                    if (Path.GetDirectoryName(Path.GetFullPath(settings.ReportPath)) is { } folder)
                        Directory.CreateDirectory(folder);
                    File.WriteAllText(settings.ReportPath, json, new UTF8Encoding(false));
                    stdout.WriteLine(language == MessageLanguage.En
                        ? $"Code Quality report for GitLab: {settings.ReportPath} ({Counts.Of(diagnostics.Count, "message", "messages")})."
                        : $"Kodekvalitetsrapport for GitLab: {settings.ReportPath} ({Counts.Of(diagnostics.Count, "melding", "meldinger")}).");
                    break;
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var path = settings.Format == ReportFormat.GitHub ? settings.Environment["GITHUB_STEP_SUMMARY"] : settings.ReportPath;
            stderr.WriteLine(new LocalizedText($"sitegen: cannot write the report to '{path}': {e.Message}",
                $"sitegen: kan ikke skrive rapporten til «{path}» (systemet sier: «{e.Message.TrimEnd('.')}»)").In(language));
            return false;
        }
    }

    /// <summary>Where a message without a file points in GitLab's report, which wants a path: the content folder.</summary>
    public string InputFolder { get; init; } = "input";

    private string RepositoryPath(string path) => settings.Environment.RepositoryPath(path, workingDirectory);
}
