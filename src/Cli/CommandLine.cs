using System.CommandLine;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

public static class CommandLine
{
    /// <summary>What editors type to run SiteGen (the scripts <c>sitegen</c> and <c>sitegen.cmd</c> at the repository root); every hint names it.</summary>
    public const string CommandName = "sitegen";

    /// <param name="help">The language of --help: Norwegian unless --messages en.</param>
    public static RootCommand Create(MessageLanguage help = MessageLanguage.Nb)
    {
        var root = new RootCommand(new LocalizedText(
            "SiteGen builds the static site of the project \"Grenseløse muligheter\" from Markdown, YAML and PDFs.",
            "SiteGen bygger nettstedet til prosjektet «Grenseløse muligheter» fra Markdown, YAML og PDF-er.").In(help));
        root.Add(BuildCommand.Create(help));
        root.Add(CheckCommand.Create(help));
        root.Add(ServeCommand.Create(help));
        root.Add(NewCommand.Create(help));
        HelpLayout.Apply(root, help);
        return root;
    }

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs a command line; wrong usage exits with 2 rather than System.CommandLine's 1, which means content errors here.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var language = MessagesOption.FromArgs(args);
        var root = Create(language);
        var parse = root.Parse(args);
        // --help is answered even when the rest of the line is incomplete ('new page --help' has no title).
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in parse.Errors)
                stderr.WriteLine($"{CommandName}: {ParseErrorText.In(error.Message, language)}");
            stderr.WriteLine(language == MessageLanguage.En
                ? $"Run '{CommandName} --help' to see the commands and options."
                : $"Kjør «{CommandName} --help» for å se kommandoene og valgene.");
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
