using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Server;
using SiteGen.Tests.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// Editors read errors and warnings in Norwegian by default, with the fix in them; --messages en gives
/// English. The part tools parse, "path(line,col): error SGnnnn:", is the same in both.
/// </summary>
public sealed partial class MessagesTests
{
    private const string BadDate = "---\ntitle: Dårlig sak\ndate: 2.12.2022\n---\nTekst.\n";
    private const string FutureNews = "---\ntitle: Framtidig sak\ndate: 2023-01-10\n---\nTekst.\n";
    private const string NorwegianDateError = "/news/darlig-sak.md(3,7): error SG1002: date: «2.12.2022» er ikke en gyldig dato – skriv 2022-12-02";
    private const string EnglishDateError = "/news/darlig-sak.md(3,7): error SG1002: 'date': '2.12.2022' is not in the form YYYY-MM-DD; write 2022-12-02";

    [GeneratedRegex(@"^[ \t]*(?<head>(?:\S.*?\(\d+,\d+\)|sitegen): (?:error|warning) SG\d{4}): (?<message>\S.*)$", RegexOptions.Multiline)]
    private static partial Regex CanonicalLine();

    /// <summary>The canonical lines of some output, split into what tools parse and the message.</summary>
    private static List<(string Head, string Message)> Lines(string output) =>
        [.. CanonicalLine().Matches(output.Replace("\r\n", "\n")).Select(m => (m.Groups["head"].Value, m.Groups["message"].Value))];

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString().Replace("\r\n", "\n"), stderr.ToString().Replace("\r\n", "\n"));
    }

    // The site is outside the working folder, so its paths are printed in full.
    private static string[] Build(TestSite site, params string[] more) =>
        ["build", "--input", site.InputDir, "--theme", RepoPaths.Theme, "--output", site.OutputDir, "--now", "2022-11-20", .. more];

    private static string[] Check(TestSite site, params string[] more) =>
        ["check", "--input", site.InputDir, "--theme", RepoPaths.Theme, "--now", "2022-11-20", .. more];

    private static TestSite BrokenSite() => new(("input/news/darlig-sak.md", BadDate), ("input/news/framtidig-sak.md", FutureNews));

    [Fact]
    public void Build_Default_PrintsNorwegianWithTheFix()
    {
        using var site = BrokenSite();

        var (code, stdout, stderr) = Run(Build(site));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal("", stdout);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(site.InputDir + NorwegianDateError, lines[0]);
        Assert.StartsWith($"{site.InputDir}/news/framtidig-sak.md(1,1): warning SG1012: datoen i «date» (2023-01-10) er fram i tid", lines[1]);
        Assert.Equal($"Byggingen stoppet: 1 feil; {site.OutputDir}/ er ikke endret.", lines[^1]);
    }

    [Fact]
    public void Build_MessagesNb_IsTheDefault()
    {
        using var site = BrokenSite();

        Assert.Equal(Run(Build(site)).Err, Run(Build(site, "--messages", "nb")).Err);
    }

    [Fact]
    public void Build_MessagesEn_PrintsEnglish()
    {
        using var site = BrokenSite();

        var (code, _, stderr) = Run(Build(site, "--messages", "en"));

        Assert.Equal(ExitCodes.ContentErrors, code);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(site.InputDir + EnglishDateError, lines[0]);
        Assert.StartsWith($"{site.InputDir}/news/framtidig-sak.md(1,1): warning SG1012: 'date' 2023-01-10 is in the future", lines[1]);
        Assert.Equal($"Build failed: 1 error(s); {site.OutputDir}/ was not changed.", lines[^1]);
    }

    [Fact]
    public void Build_BothLanguages_SamePositionsSeveritiesAndCodes()
    {
        using var site = BrokenSite();

        var norwegian = Lines(Run(Build(site)).Err);
        var english = Lines(Run(Build(site, "--messages", "en")).Err);

        Assert.Equal(2, norwegian.Count);
        Assert.Equal(english.Select(l => l.Head), norwegian.Select(l => l.Head));
        Assert.All(norwegian.Zip(english), pair => Assert.NotEqual(pair.Second.Message, pair.First.Message));
    }

    [Fact]
    public void Build_Success_SummaryInNorwegianOrEnglish()
    {
        using var site = new TestSite(("input/news/framtidig-sak.md", FutureNews), ("input/news/en-til.md", SiteFiles.News("En til", "2022-10-01")));

        var (code, stdout, _) = Run(Build(site));
        var (_, english, _) = Run(Build(site, "--messages", "en"));

        Assert.True(code == ExitCodes.Success, stdout);
        Assert.Matches(@"^Bygde \d+ nettsider \(2 nyheter, 0 sider, 0 frister\) og 0 filer, \d+ filer i alt, i .+/output/ på \d+,\d\d s; 1 advarsel\.\n$", stdout);
        Assert.Matches(@"^Built \d+ pages \(2 news items, 0 pages, 0 deadlines\) and 0 files, \d+ in all, into .+/output/ in \d+\.\d\d s; 1 warning\(s\)\.\n$", english);
    }

    [Fact]
    public void Check_Default_GroupsAndSummaryInNorwegian()
    {
        using var site = BrokenSite();

        var (code, stdout, _) = Run(Check(site));

        Assert.Equal(ExitCodes.ContentErrors, code);
        var lines = stdout.Split('\n');
        Assert.Equal("Feil (1):", lines[0]);
        Assert.Equal(site.InputDir + NorwegianDateError, lines[1]);
        Assert.Equal("Advarsler (1):", lines[3]);
        Assert.Contains("warning SG1012: datoen i «date»", lines[4]);
        Assert.Equal("1 feil, 1 advarsel: rett feilene før du publiserer.", lines[6]);
    }

    [Fact]
    public void Check_MessagesEn_GroupsAndSummaryInEnglish()
    {
        using var site = BrokenSite();

        var (code, stdout, _) = Run(Check(site, "--messages", "en"));

        Assert.Equal(ExitCodes.ContentErrors, code);
        var lines = stdout.Split('\n');
        Assert.Equal("Errors (1):", lines[0]);
        Assert.Equal(site.InputDir + EnglishDateError, lines[1]);
        Assert.Equal("Warnings (1):", lines[3]);
        Assert.Equal("1 error, 1 warning: fix the errors before publishing.", lines[6]);
    }

    [Fact]
    public void Check_BothLanguages_SamePositionsSeveritiesAndCodes()
    {
        using var site = BrokenSite();

        var norwegian = Lines(Run(Check(site)).Out);
        var english = Lines(Run(Check(site, "--messages", "en")).Out);

        Assert.Equal(2, norwegian.Count);
        Assert.Equal(english.Select(l => l.Head), norwegian.Select(l => l.Head));
    }

    [Fact]
    public void Check_CleanSite_SaysReadyInNorwegian()
    {
        using var site = new TestSite(("input/news/god-sak.md", SiteFiles.News("God sak", "2022-11-01")));

        var (code, stdout, _) = Run(Check(site));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("Ingen feil eller advarsler: nettstedet er klart til å publiseres.\n", stdout);
    }

    [Theory]
    [InlineData(MessageLanguage.Nb, "SG1002: date: «2.12.2022» er ikke en gyldig dato – skriv 2022-12-02", "Byggingen stoppet", "Rett filen og lagre den")]
    [InlineData(MessageLanguage.En, "SG1002: 'date': '2.12.2022' is not in the form YYYY-MM-DD; write 2022-12-02", "Build failed", "Fix the file and save it")]
    public async Task Serve_BrokenFile_OverlayAndLogInTheChosenLanguage(MessageLanguage messages, string message, string logLine, string hint)
    {
        using var site = PreviewSites.Create();
        await using var preview = await RunningPreview.Start(site, messages: messages);

        site.Write("input/news/forste-sak.md", BadDate.Replace("Dårlig sak", "Første sak", StringComparison.Ordinal));
        await preview.WaitFor(async () => (await preview.Html("/om/")).GetElementById(ErrorOverlay.ElementId) is not null, "the error overlay");

        var overlay = (await preview.Html("/om/")).GetElementById(ErrorOverlay.ElementId)!;
        Assert.Equal(messages == MessageLanguage.En ? "en" : "nb", overlay.GetAttribute("lang"));
        Assert.Equal("input/news/forste-sak.md(3,7)", overlay.QuerySelector(".sitegen-location")!.TextContent);
        Assert.Equal(message, overlay.QuerySelector(".sitegen-message")!.TextContent);
        Assert.Contains(hint, overlay.TextContent);
        await preview.WaitFor(() => Task.FromResult(preview.Log.Contains(logLine, StringComparison.Ordinal)), "the failed build in the log");
        // The log lists the errors (and warnings) of every failed build, indented, in the same canonical form.
        var logged = Lines(preview.Log);
        var errors = logged.Where(l => l.Head.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, line => Assert.Equal(("input/news/forste-sak.md(3,7): error SG1002", message["SG1002: ".Length..]), line));
        var unlinked = logged.First(l => l.Head == "input/files/presentasjon-for-ledere.pdf(1,1): warning SG2101").Message;
        Assert.StartsWith(messages == MessageLanguage.En ? "no page, news item or deadline links to" : "ingen side, nyhet eller frist lenker til", unlinked);
    }

    [Fact]
    public async Task Serve_NothingBuiltYet_ErrorPageIsNorwegian()
    {
        using var site = new TestSite(("input/news/darlig-sak.md", BadDate));
        await using var preview = await RunningPreview.Start(site);

        var page = await preview.Html("/");

        Assert.Equal("nb", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Nettstedet kan ikke bygges ennå", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("er ikke en gyldig dato – skriv 2022-12-02", page.GetElementById(ErrorOverlay.ElementId)!.TextContent);
    }

    [Fact]
    public void New_ExistingFile_RefusedInNorwegianOrEnglish()
    {
        using var site = new TestSite(("input/news/tittel-pa-saken.md", SiteFiles.News("Tittel på saken", "2022-11-01")));

        var norwegian = Run("new", "news", "Tittel på saken", "--input", site.InputDir, "--now", "2022-11-20");
        var english = Run("new", "news", "Tittel på saken", "--input", site.InputDir, "--now", "2022-11-20", "--messages", "en");

        Assert.Equal(ExitCodes.ContentErrors, norwegian.Code);
        Assert.Equal($"sitegen: {site.InputDir}/news/tittel-pa-saken.md finnes allerede – rediger den filen, eller velg en annen tittel\n", norwegian.Err);
        Assert.Equal(ExitCodes.ContentErrors, english.Code);
        Assert.Equal($"sitegen: {site.InputDir}/news/tittel-pa-saken.md already exists; edit that file, or choose another title\n", english.Err);
    }

    [Fact]
    public void New_DeadlineWithNorwegianDate_HintsTheIsoDateInTheChosenLanguage()
    {
        using var site = new TestSite();

        var norwegian = Run("new", "deadline", "--id", "frist", "--date", "2.12.2022", "--input", site.InputDir);
        var english = Run("new", "deadline", "--id", "frist", "--date", "2.12.2022", "--input", site.InputDir, "--messages", "en");

        Assert.Equal(ExitCodes.UsageError, norwegian.Code);
        Assert.StartsWith("sitegen: --date: «2.12.2022» er ikke en gyldig dato – skriv 2022-12-02\n", norwegian.Err);
        Assert.Equal(ExitCodes.UsageError, english.Code);
        Assert.StartsWith("sitegen: --date: '2.12.2022' is not in the form YYYY-MM-DD; write 2022-12-02\n", english.Err);
        Assert.False(File.Exists(Path.Combine(site.InputDir, "data", "deadlines.yml")));
    }

    [Fact]
    public void WrongCommandLine_OurHintsFollowTheLanguage()
    {
        var norwegian = Run("build", "--now", "i morgen");
        var english = Run("build", "--now", "i morgen", "--messages", "en");

        Assert.Equal("sitegen: --now: «i morgen» er ikke en dato – skriv 2022-12-02 eller 2022-12-02T14:00\n" +
                     "Kjør «sitegen --help» for å se kommandoene og valgene.\n", norwegian.Err);
        Assert.Equal("sitegen: --now: 'i morgen' is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM\n" +
                     "Run 'sitegen --help' to see the commands and options.\n", english.Err);
        Assert.Contains("--now: 'i morgen' is not a date", Run("build", "--messages", "en", "--now", "i morgen").Err);
        Assert.Contains("«de» er ikke et språk", Run("check", "--messages", "de").Err);
    }
}
