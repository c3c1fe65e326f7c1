using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>'build': input/ → output/, all or nothing.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the site to (replaced as a whole when the build succeeds)", DefaultValueFactory = _ => "output" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (such as a PDF without title, language or tags, or a file nobody links to) as errors" };
        var listExternal = new Option<bool>("--list-external") { Description = "List the other sites the pages link to, by host, with the pages that link to them (they are never fetched)" };
        var command = new Command("build", "Build the site from the input folder into the output folder");
        common.AddTo(command);
        command.Add(output);
        command.Add(strict);
        command.Add(listExternal);
        command.SetAction(parse => Run(common.ToBuildOptions(parse), parse.GetValue(output)!,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(strict), parse.GetValue(listExternal), common.Language(parse)));
        return command;
    }

    /// <param name="messages">The language of errors, warnings and the summary; Norwegian, like the command line's default.</param>
    public static int Run(BuildOptions options, string outputDir, TextWriter stdout, TextWriter stderr, bool strict = false, bool listExternal = false,
        MessageLanguage messages = MessageLanguage.Nb)
    {
        var clock = Stopwatch.StartNew();
        if (OutputGuard.Check(options, outputDir) is { } unsafeOutput)
        {
            DiagnosticPrinter.Print([unsafeOutput], stderr, messages);
            return ExitCodes.ContentErrors;
        }
        BuildResult result;
        // Progress lines are for a person at a terminal; logs and captured output get only the summary.
        using (var progress = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new ProgressReporter(stderr, messages) : null)
            result = SiteBuilder.Build(options with { Progress = progress ?? options.Progress });
        if (strict)
            result = StrictMode.Apply(result);
        DiagnosticPrinter.Print(result.Diagnostics, stderr, messages);
        // A build that stopped before the link check has no list to print; saying "none" would mislead.
        if (listExternal && (result.Succeeded || !result.ExternalLinks.IsEmpty))
            ExternalLinkReport.Print(result.ExternalLinks, stdout, messages);
        if (!result.Succeeded)
        {
            var errors = result.Errors.Count();
            stderr.WriteLine(messages == MessageLanguage.En
                ? $"Build failed: {errors} error(s){(strict ? " (--strict: warnings count as errors)" : "")}; {outputDir}/ was not changed."
                : $"Byggingen stoppet: {Counts.Errors(errors, messages)}{(strict ? " (--strict: advarsler teller som feil)" : "")}; {outputDir}/ er ikke endret.");
            return ExitCodes.ContentErrors;
        }
        if (OutputWriter.Write(result, outputDir, out var afterSwap) is { } writeError)
        {
            DiagnosticPrinter.Print([writeError], stderr, messages);
            return ExitCodes.ContentErrors;
        }
        if (afterSwap is not null)
            DiagnosticPrinter.Print([afterSwap], stderr, messages);
        stdout.WriteLine(Summary(result, outputDir, clock.Elapsed, messages));
        return ExitCodes.Success;
    }

    private static string Summary(BuildResult result, string outputDir, TimeSpan elapsed, MessageLanguage messages)
    {
        var model = result.Model!;
        var pages = result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        var warnings = result.Warnings.Count();
        var contentPages = model.Pages.Length + (model.Home is null ? 0 : 1);
        if (messages == MessageLanguage.Nb)
        {
            return $"Bygde {Counts.Of(pages, "nettside", "nettsider")} ({Counts.Of(model.News.Length, "nyhet", "nyheter")}, {Counts.Of(contentPages, "side", "sider")}, " +
                   $"{Counts.Of(model.Deadlines.Length, "frist", "frister")}) og {Counts.Of(model.Files.Length, "fil", "filer")}, {Counts.Of(result.Files.Length, "fil", "filer")} i alt, " +
                   $"i {outputDir}/ på {Counts.Seconds(elapsed, messages)} s" + (warnings > 0 ? $"; {Counts.Warnings(warnings, messages)}" : "") + ".";
        }
        return string.Format(CultureInfo.InvariantCulture,
            $"Built {pages} pages ({model.News.Length} news items, {contentPages} pages, {model.Deadlines.Length} deadlines) " +
            $"and {model.Files.Length} files, {result.Files.Length} in all, into {outputDir}/ in {elapsed.TotalSeconds:0.00} s" +
            (warnings > 0 ? $"; {warnings} warning(s)" : "") + ".");
    }
}
