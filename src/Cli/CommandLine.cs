using System.CommandLine;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

public static class CommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("SiteGen builds the static site of the project \"Grenseløse muligheter\" from Markdown, YAML and PDFs.");
        root.Add(BuildCommand.Create());
        root.Add(CheckCommand.Create());
        root.Add(ServeCommand.Create());
        root.Add(NewCommand.Create());
        return root;
    }

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs a command line; wrong usage exits with 2 rather than System.CommandLine's 1, which means content errors here.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Create();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                stderr.WriteLine($"sitegen: {error.Message}");
            // System.CommandLine's own messages are English, like --help; the hint follows --messages.
            stderr.WriteLine(MessagesOption.FromArgs(args) == MessageLanguage.En
                ? "Run 'sitegen --help' to see the commands and options."
                : "Kjør «sitegen --help» for å se kommandoene og valgene (hjelpen er på engelsk).");
            return ExitCodes.UsageError;
        }
        if (Clock.EpochProblem() is { } epoch && !args.Any(a => a == "--now" || a.StartsWith("--now=", StringComparison.Ordinal)))
        {
            stderr.WriteLine($"sitegen: {epoch.In(MessagesOption.FromArgs(args))}");
            return ExitCodes.UsageError;
        }
        // No default exception handler: it would print a stack trace and exit 1, which means content errors;
        // Program reports a bug or I/O failure in one line with exit code 3.
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }
}
