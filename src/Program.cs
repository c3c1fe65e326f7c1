using SiteGen.Cli;

try
{
    return CommandLine.Run(args);
}
catch (Exception e)
{
    // A bug or an I/O failure, never a content error: say so in one line; the trace only on request.
    var english = MessagesOption.FromArgs(args) == SiteGen.Diagnostics.MessageLanguage.En;
    Console.Error.WriteLine(english
        ? $"sitegen: internal error: {e.GetType().Name}: {e.Message}"
        : $"sitegen: intern feil i SiteGen: {e.GetType().Name}: {e.Message}");
    if (Environment.GetEnvironmentVariable("SITEGEN_TRACE") == "1")
        Console.Error.WriteLine(e);
    else
        Console.Error.WriteLine(english
            ? "Set SITEGEN_TRACE=1 to see the stack trace, and report it with the command you ran."
            : "Sett SITEGEN_TRACE=1 for å se hvor feilen oppstod (stack trace), og meld den sammen med kommandoen du kjørte.");
    return 3;
}
