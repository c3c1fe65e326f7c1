using System.CommandLine;

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

    /// <summary>Runs a command line; wrong usage exits with 2 rather than System.CommandLine's 1, which means content errors here.</summary>
    public static int Run(string[] args)
    {
        var root = Create();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                Console.Error.WriteLine($"sitegen: {error.Message}");
            Console.Error.WriteLine("Run 'sitegen --help' to see the commands and options.");
            return ExitCodes.UsageError;
        }
        return parse.Invoke();
    }
}
