using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Cli.Ci;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>'build': input/ → output/, all or nothing.</summary>
public static class BuildCommand
{
    public static Command Create(MessageLanguage help = MessageLanguage.Nb)
    {
        var common = new CommonOptions(help);
        var output = new Option<string>("--output", "-o")
        {
            Description = new LocalizedText("Folder to write the site to (replaced as a whole when the build succeeds)",
                "Mappen nettstedet skrives til (byttes ut i sin helhet når byggingen lykkes)").In(help),
            HelpName = help == MessageLanguage.En ? "folder" : "mappe",
            DefaultValueFactory = _ => "output",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = new LocalizedText("Treat warnings (such as a PDF without title, language or tags, or a file nobody links to) as errors",
                "Advarsler (for eksempel en PDF uten tittel, språk eller tagger, eller en fil ingen lenker til) teller som feil").In(help),
        };
        var listExternal = new Option<bool>("--list-external")
        {
            Description = new LocalizedText("List the other sites the pages link to, by host, with the pages that link to them (they are never fetched)",
                "List opp de andre nettstedene sidene lenker til, med sidene som lenker dit (de hentes aldri)").In(help),
        };
        var command = new Command("build", new LocalizedText("Build the site from the input folder into the output folder",
            "Bygg nettstedet fra innholdsmappen (input) til output-mappen").In(help));
        common.AddTo(command);
        command.Add(output);
        command.Add(strict);
        command.Add(listExternal);
        var ci = new CiOptions(common.Messages, help);
        ci.AddTo(command);
        command.SetAction(parse => Run(common.ToBuildOptions(parse), parse.GetValue(output)!,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(strict), parse.GetValue(listExternal), common.Language(parse), ci.Read(parse)));
        return command;
    }

    /// <param name="messages">The language of errors, warnings and the summary; Norwegian, like the command line's default.</param>
    /// <param name="ci">--format and --report: annotations for GitHub, a Code Quality report for GitLab; plain lines by default.</param>
    public static int Run(BuildOptions options, string outputDir, TextWriter stdout, TextWriter stderr, bool strict = false, bool listExternal = false,
        MessageLanguage messages = MessageLanguage.Nb, CiSettings? ci = null)
    {
        var clock = Stopwatch.StartNew();
        var reporter = new CiReporter(ci ?? CiSettings.Text, messages) { InputFolder = options.DisplayPath(options.InputDir) };
        var heading = messages == MessageLanguage.En ? "SiteGen: build" : "SiteGen: bygging av nettstedet";
        if (OutputGuard.Check(options, outputDir) is { } unsafeOutput)
        {
            Print([unsafeOutput], stdout, stderr, reporter, messages);
            reporter.Finish(heading, unsafeOutput.Text.In(messages), [unsafeOutput], stdout, stderr);
            return ExitCodes.ContentErrors;
        }
        BuildResult result;
        // Progress lines are for a person at a terminal; logs and captured output get only the summary.
        using (var progress = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new ProgressReporter(stderr, messages) : null)
            result = SiteBuilder.Build(options with { Progress = progress ?? options.Progress });
        if (strict)
            result = StrictMode.Apply(result);
        Print(result.Diagnostics, stdout, stderr, reporter, messages);
        // A build that stopped before the link check has no list to print; saying "none" would mislead.
        if (listExternal && (result.Succeeded || !result.ExternalLinks.IsEmpty))
            ExternalLinkReport.Print(result.ExternalLinks, stdout, messages);
        if (!result.Succeeded)
        {
            var errors = result.Errors.Count();
            var failed = messages == MessageLanguage.En
                ? $"Build failed: {errors} error(s){(strict ? " (--strict: warnings count as errors)" : "")}; {outputDir}/ was not changed."
                : $"Byggingen stoppet: {Counts.Errors(errors, messages)}{(strict ? " (--strict: advarsler teller som feil)" : "")}; {outputDir}/ er ikke endret.";
            stderr.WriteLine(failed);
            reporter.Finish(heading, failed, result.Diagnostics, stdout, stderr);
            return ExitCodes.ContentErrors;
        }
        if (OutputWriter.Write(result.Files, outputDir, out var afterSwap) is { } writeError)
        {
            Print([writeError], stdout, stderr, reporter, messages);
            reporter.Finish(heading, writeError.Text.In(messages), [.. result.Diagnostics, writeError], stdout, stderr);
            return ExitCodes.ContentErrors;
        }
        if (afterSwap is not null)
            Print([afterSwap], stdout, stderr, reporter, messages);
        var summary = Summary(result, outputDir, clock.Elapsed, messages);
        stdout.WriteLine(summary);
        if (options.CmsBundleDir is null && CmsNotice(messages) is { } notice)
            stderr.WriteLine(notice);
        return reporter.Finish(heading, summary, result.Diagnostics, stdout, stderr) ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    // GitHub reads workflow commands from the step's output; the plain lines stay on stderr as before.
    private static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter stdout, TextWriter stderr, CiReporter reporter, MessageLanguage messages)
    {
        if (reporter.Format != ReportFormat.GitHub)
        {
            DiagnosticPrinter.Print(diagnostics, stderr, messages);
            return;
        }
        foreach (var d in diagnostics.Where(d => d.IsError).Concat(diagnostics.Where(d => !d.IsError)))
            stdout.WriteLine(reporter.Line(d));
    }

    /// <summary>
    /// Said when the web editor is not installed where the workflows put it. A notice, not a warning:
    /// a site built with only the .NET SDK is complete, and --strict must not fail for it.
    /// </summary>
    public static string? CmsNotice(MessageLanguage messages) => messages == MessageLanguage.En
        ? $"Note: the web editor Decap CMS {Cms.CmsBundle.Version} is not installed, so /admin/ only says so; install it with: {Cms.CmsBundle.InstallCommand}"
        : $"Merk: redigeringsverktøyet Decap CMS {Cms.CmsBundle.Version} er ikke installert, så /admin/ viser bare en forklaring – installer det med: {Cms.CmsBundle.InstallCommand}";

    private static string Summary(BuildResult result, string outputDir, TimeSpan elapsed, MessageLanguage messages)
    {
        var model = result.Model!;
        var pages = result.Files.Count(Links.LinkChecker.IsPage); // the editor is no page of the site
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
