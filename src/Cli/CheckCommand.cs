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
        command.SetAction(parse => Run(common.ToBuildOptions(parse), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        BuildResult result;
        using (var progress = new ProgressReporter(stderr))
            result = SiteBuilder.Build(options with { Progress = progress });
        var errors = result.Errors.ToList();
        var warnings = result.Warnings.ToList();
        PrintGroup("Errors", errors, stdout);
        PrintGroup("Warnings", warnings, stdout);
        stdout.WriteLine(Summary(errors.Count, warnings.Count));
        return errors.Count > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    // Lines stay unindented in the canonical form, so editors' tools and CI logs still make them clickable.
    private static void PrintGroup(string heading, List<Diagnostic> diagnostics, TextWriter writer)
    {
        if (diagnostics.Count == 0)
            return;
        writer.WriteLine($"{heading} ({diagnostics.Count}):");
        foreach (var diagnostic in diagnostics)
            writer.WriteLine(diagnostic.ToString());
        writer.WriteLine();
    }

    private static string Summary(int errors, int warnings) => (errors, warnings) switch
    {
        (0, 0) => "No errors or warnings: the site is ready to publish.",
        (0, _) => $"No errors, {Count(warnings, "warning")}: the site can be published; the warnings are worth a look.",
        _ => $"{Count(errors, "error")}, {Count(warnings, "warning")}: fix the errors before publishing.",
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
