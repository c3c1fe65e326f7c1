using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>
/// 'check': the same build as 'build', with nothing written. What an editor runs before pushing:
/// errors and warnings are listed in two groups, so a warning is not mistaken for a blocker.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("check", "Check the content as 'build' would, without writing anything; exits 1 when there are errors");
        common.AddTo(command);
        command.SetAction(parse => Run(common.ToBuildOptions(parse), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, common.Language(parse)));
        return command;
    }

    /// <param name="messages">The language of the headings, messages and summary; Norwegian, like the command line's default.</param>
    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr, MessageLanguage messages = MessageLanguage.Nb)
    {
        BuildResult result;
        using (var progress = new ProgressReporter(stderr, messages))
            result = SiteBuilder.Build(options with { Progress = progress });
        var errors = result.Errors.ToList();
        var warnings = result.Warnings.ToList();
        var en = messages == MessageLanguage.En;
        PrintGroup(en ? "Errors" : "Feil", errors, stdout, messages);
        PrintGroup(en ? "Warnings" : "Advarsler", warnings, stdout, messages);
        stdout.WriteLine(Summary(errors.Count, warnings.Count, messages));
        return errors.Count > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    // Lines stay unindented in the canonical form, so editors' tools and CI logs still make them clickable.
    private static void PrintGroup(string heading, List<Diagnostic> diagnostics, TextWriter writer, MessageLanguage messages)
    {
        if (diagnostics.Count == 0)
            return;
        writer.WriteLine($"{heading} ({diagnostics.Count}):");
        foreach (var diagnostic in diagnostics)
            writer.WriteLine(diagnostic.Format(messages));
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
