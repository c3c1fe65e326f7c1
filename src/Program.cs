using SiteGen.Cli;

try
{
    return CommandLine.Run(args);
}
catch (Exception e)
{
    // A bug or an I/O failure, never a content error: say so in one line; the trace only on request.
    Console.Error.WriteLine($"sitegen: internal error: {e.GetType().Name}: {e.Message}");
    if (Environment.GetEnvironmentVariable("SITEGEN_TRACE") == "1")
        Console.Error.WriteLine(e);
    else
        Console.Error.WriteLine("Set SITEGEN_TRACE=1 to see the stack trace, and report it with the command you ran.");
    return 3;
}
