using System.CommandLine;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Ci;

/// <summary>--format text|github|gitlab and --report PATH, on 'check' and 'build'.</summary>
public sealed class CiOptions
{
    public static readonly IReadOnlyList<string> Formats = ["text", "github", "gitlab"];

    public Option<string?> Format { get; }
    public Option<string> Report { get; }

    /// <param name="messages">The command's --messages, for the language of a complaint about --format.</param>
    /// <param name="help">The language of the descriptions in --help.</param>
    public CiOptions(Option<string> messages, MessageLanguage help = MessageLanguage.Nb)
    {
        Format = new Option<string?>("--format")
        {
            Description = new LocalizedText(
                "How messages are reported: text (lines), github (annotations and a job summary; the default when GITHUB_ACTIONS=true) or gitlab (lines and a Code Quality report, see --report)",
                "Hvordan meldingene skrives: text (linjer), github (merknader på filene og en oppsummering; standard når GITHUB_ACTIONS=true) eller gitlab (linjer og en Code Quality-rapport, se --report)").In(help),
            HelpName = "text|github|gitlab",
        };
        Format.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !Formats.Contains(result.Tokens[0].Value))
                result.AddError(new LocalizedText($"--format: '{result.Tokens[0].Value}' is not a format; write text, github or gitlab",
                    $"--format: «{result.Tokens[0].Value}» er ikke et format – skriv text, github eller gitlab").In(MessagesOption.LanguageOf(result, messages)));
        });
        Report = new Option<string>("--report")
        {
            Description = new LocalizedText("Where --format gitlab writes its Code Quality report", "Hvor --format gitlab skriver Code Quality-rapporten").In(help),
            HelpName = "fil",
            DefaultValueFactory = _ => GitLabCodeQuality.DefaultPath,
        };
    }

    public void AddTo(Command command)
    {
        command.Add(Format);
        command.Add(Report);
    }

    public CiSettings Read(ParseResult parse, CiEnvironment? environment = null)
    {
        environment ??= CiEnvironment.Process;
        var format = parse.GetValue(Format) switch
        {
            "github" => ReportFormat.GitHub,
            "gitlab" => ReportFormat.GitLab,
            "text" => ReportFormat.Text,
            _ => environment.IsGitHubActions ? ReportFormat.GitHub : ReportFormat.Text,
        };
        return new CiSettings(format, parse.GetValue(Report)!, environment);
    }
}

/// <summary>What --format and --report chose, with the environment the CI runner gave.</summary>
public sealed record CiSettings(ReportFormat Format, string ReportPath, CiEnvironment Environment)
{
    public static CiSettings Text { get; } = new(ReportFormat.Text, GitLabCodeQuality.DefaultPath, CiEnvironment.Of(new Dictionary<string, string>()));
}
