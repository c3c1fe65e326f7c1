using System.CommandLine;
using SiteGen.Cli.Ci;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>
/// 'check': the same build as 'build', with nothing written. What an editor runs before pushing:
/// errors and warnings are listed in two groups, so a warning is not mistaken for a blocker.
/// </summary>
public static class CheckCommand
{
    public static Command Create(MessageLanguage help = MessageLanguage.Nb)
    {
        var common = new CommonOptions(help);
        var command = new Command("check", new LocalizedText("Check the content as 'build' would, without writing anything; exits 1 when there are errors",
            "Sjekk innholdet slik build gjør, uten å skrive noe; avslutter med 1 når det er feil").In(help));
        common.AddTo(command);
        var ci = new CiOptions(common.Messages, help);
        ci.AddTo(command);
        command.SetAction(parse => Run(common.ToBuildOptions(parse), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, common.Language(parse), ci.Read(parse)));
        return command;
    }

    /// <param name="messages">The language of the headings, messages and summary; Norwegian, like the command line's default.</param>
    /// <param name="ci">--format and --report: annotations for GitHub, a Code Quality report for GitLab; plain lines by default.</param>
    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr, MessageLanguage messages = MessageLanguage.Nb, CiSettings? ci = null)
    {
        var reporter = new CiReporter(ci ?? CiSettings.Text, messages) { InputFolder = options.DisplayPath(options.InputDir) };
        BuildResult result;
        using (var progress = new ProgressReporter(stderr, messages))
            result = SiteBuilder.Build(options with { Progress = progress });
        var errors = result.Errors.ToList();
        var warnings = result.Warnings.ToList();
        var en = messages == MessageLanguage.En;
        PrintGroup(en ? "Errors" : "Feil", errors, stdout, reporter);
        PrintGroup(en ? "Warnings" : "Advarsler", warnings, stdout, reporter);
        var summary = Summary(errors.Count, warnings.Count, messages);
        stdout.WriteLine(summary);
        var reported = reporter.Finish(en ? "SiteGen: check" : "SiteGen: sjekk av nettstedet", summary, [.. errors, .. warnings], stdout, stderr);
        return errors.Count > 0 || !reported ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    // Lines stay unindented in the canonical form, so editors' tools and CI logs still make them clickable.
    private static void PrintGroup(string heading, List<Diagnostic> diagnostics, TextWriter writer, CiReporter reporter)
    {
        if (diagnostics.Count == 0)
            return;
        writer.WriteLine($"{heading} ({diagnostics.Count}):");
        foreach (var diagnostic in diagnostics)
            writer.WriteLine(reporter.Line(diagnostic));
        writer.WriteLine();
    }

    private static string Summary(int errors, int warnings, MessageLanguage messages) => messages == MessageLanguage.En
        ? (errors, warnings) switch
        {
            (0, 0) => "No errors or warnings: the site is ready to publish.",
            (0, _) => $"No errors, {Counts.Warnings(warnings, messages)}: the site can be published; the warnings are worth a look.",
            _ => $"{Counts.Errors(errors, messages)}, {Counts.Warnings(warnings, messages)}: fix the errors before publishing.",
        }
        : (errors, warnings) switch
        {
            (0, 0) => "Ingen feil eller advarsler: nettstedet er klart til å publiseres.",
            (0, _) => $"Ingen feil, {Counts.Warnings(warnings, messages)}: nettstedet kan publiseres, men se gjerne på advarslene.",
            _ => $"{Counts.Errors(errors, messages)}, {Counts.Warnings(warnings, messages)}: rett feilene før du publiserer.",
        };
}
