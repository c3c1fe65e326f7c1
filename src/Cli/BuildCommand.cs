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
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(strict), parse.GetValue(listExternal)));
        return command;
    }

    public static int Run(BuildOptions options, string outputDir, TextWriter stdout, TextWriter stderr, bool strict = false, bool listExternal = false)
    {
        var clock = Stopwatch.StartNew();
        if (OutputGuard.Check(options, outputDir) is { } unsafeOutput)
        {
            DiagnosticPrinter.Print([unsafeOutput], stderr);
            return ExitCodes.ContentErrors;
        }
        BuildResult result;
        // Progress lines are for a person at a terminal; logs and captured output get only the summary.
        using (var progress = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new ProgressReporter(stderr) : null)
            result = SiteBuilder.Build(options with { Progress = progress ?? options.Progress });
        if (strict)
            result = StrictMode.Apply(result);
        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        // A build that stopped before the link check has no list to print; saying "none" would mislead.
        if (listExternal && (result.Succeeded || !result.ExternalLinks.IsEmpty))
            ExternalLinkReport.Print(result.ExternalLinks, stdout);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"Build failed: {result.Errors.Count()} error(s){(strict ? " (--strict: warnings count as errors)" : "")}; {outputDir}/ was not changed.");
            return ExitCodes.ContentErrors;
        }
        if (OutputWriter.Write(result, outputDir) is { } writeError)
        {
            DiagnosticPrinter.Print([writeError], stderr);
            return ExitCodes.ContentErrors;
        }
        stdout.WriteLine(Summary(result, outputDir, clock.Elapsed));
        return ExitCodes.Success;
    }

    private static string Summary(BuildResult result, string outputDir, TimeSpan elapsed)
    {
        var model = result.Model!;
        var pages = result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        var warnings = result.Warnings.Count();
        return string.Format(CultureInfo.InvariantCulture,
            $"Built {pages} pages ({model.News.Length} news items, {model.Pages.Length + (model.Home is null ? 0 : 1)} pages, {model.Deadlines.Length} deadlines) " +
            $"and {model.Files.Length} files, {result.Files.Length} in all, into {outputDir}/ in {elapsed.TotalSeconds:0.00} s" +
            (warnings > 0 ? $"; {warnings} warning(s)" : "") + ".");
    }
}
