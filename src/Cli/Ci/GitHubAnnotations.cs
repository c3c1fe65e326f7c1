using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Ci;

/// <summary>
/// GitHub Actions workflow commands, one per message: <c>::error file=input/news/a.md,line=3,col=7,title=SG1002::…</c>.
/// GitHub shows each as an annotation on the file and line (in the pull request's changed files and
/// the run's summary). Escaped as GitHub's own toolkit (@actions/core) does.
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>The command for one message. The text repeats the position, so the log line alone says where.</summary>
    public static string Command(Diagnostic diagnostic, MessageLanguage language, Func<string, string>? repositoryPath = null)
    {
        var command = new StringBuilder("::").Append(diagnostic.IsError ? "error" : "warning").Append(' ');
        if (diagnostic.Location is { } at)
        {
            var path = repositoryPath?.Invoke(at.Path) ?? at.Path;
            command.Append("file=").Append(EscapeProperty(path))
                .Append(",line=").Append(at.Line)
                .Append(",col=").Append(at.Column)
                .Append(',');
        }
        command.Append("title=").Append(EscapeProperty(diagnostic.Code)).Append("::");
        command.Append(EscapeData($"{diagnostic.Location?.ToString() ?? "sitegen"}: {diagnostic.Code}: {diagnostic.Text.In(language)}"));
        return command.ToString();
    }

    /// <summary>The message after '::': % first, so the escapes it adds are not escaped again.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: ':' ends the properties and ',' separates them, so both are escaped too.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
