using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Build(TestSite site, params string[] more) =>
        ["build", "--input", site.InputDir, "--theme", RepoPaths.Theme, "--output", site.OutputDir, "--now", "2022-11-20", .. more];

    [Fact]
    public void Run_Build_Exits0AndPrintsSummary()
    {
        using var site = new TestSite(("input/news/a.md", SiteFiles.News("A", "2022-10-01")));

        var (code, stdout, stderr) = Run(Build(site));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.StartsWith("Bygde ", stdout);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "aktuelt", "a", "index.html")));
    }

    [Fact]
    public void Run_BuildWithContentErrors_Exits1AndSaysOutputUnchanged()
    {
        using var site = new TestSite(
            ("input/news/a.md", "---\ntitle: A\n---\n"),
            ("input/pages/b.md", "---\ntitle: [B\n---\n"));

        var (code, stdout, stderr) = Run(Build(site));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal("", stdout);
        Assert.Contains("a.md(2,1): error SG1003: feltet «date» må fylles ut", stderr);
        Assert.Contains("b.md(3,1): error SG1001: ", stderr);
        Assert.Contains("Byggingen stoppet: 2 feil;", stderr);
        Assert.Contains("er ikke endret", stderr);
    }

    [Fact]
    public void Run_BuildWithContentErrorsInEnglish_Exits1AndSaysOutputUnchanged()
    {
        using var site = new TestSite(
            ("input/news/a.md", "---\ntitle: A\n---\n"),
            ("input/pages/b.md", "---\ntitle: [B\n---\n"));

        var (code, stdout, stderr) = Run(Build(site, "--messages", "en"));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal("", stdout);
        Assert.Contains("a.md(2,1): error SG1003: 'date' is required", stderr);
        Assert.Contains("b.md(3,1): error SG1001: invalid YAML", stderr);
        Assert.Contains("Build failed: 2 error(s);", stderr);
        Assert.Contains("was not changed", stderr);
    }

    [Fact]
    public void Run_Drafts_IncludesDraftItems()
    {
        using var site = new TestSite(("input/news/utkast.md", SiteFiles.News("Utkast", "2022-10-01", "draft: true")));

        Assert.Equal(ExitCodes.Success, Run(Build(site)).Code);
        Assert.False(Directory.Exists(Path.Combine(site.OutputDir, "aktuelt", "utkast")));

        Assert.Equal(ExitCodes.Success, Run(Build(site, "--drafts")).Code);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "aktuelt", "utkast", "index.html")));
    }

    [Fact]
    public void Run_BaseUrl_OverridesSiteYml()
    {
        using var site = new TestSite();

        Run(Build(site, "--base-url", "https://x.example/sub/"));

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.OutputDir, "index.html")));
        Assert.Equal("https://x.example/sub/", html.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Run_Now_DecidesWhatIsPublished()
    {
        using var site = new TestSite(("input/news/senere.md", SiteFiles.News("Senere", "2022-10-01", "publishDate: 2023-01-01")));

        Run(Build(site));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDir, "aktuelt", "senere")));

        Run([.. Build(site).Where(a => a != "2022-11-20").Select(a => a == "--now" ? "--now=2023-01-02" : a)]);
        Assert.True(Directory.Exists(Path.Combine(site.OutputDir, "aktuelt", "senere")));
    }

    [Theory]
    [InlineData("build", "--frobnicate")]
    [InlineData("publish")]
    [InlineData("build", "--now", "i morgen")]
    [InlineData("build", "--output")]
    [InlineData("build", "--messages", "de")]
    [InlineData("build", "--messages")]
    public void Run_WrongCommandLine_Exits2WithHint(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("sitegen: ", stderr);
        Assert.Contains("sitegen --help", stderr);
    }

    [Fact]
    public void Run_NoCommand_Exits2()
    {
        var (code, _, stderr) = Run();

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--help", stderr);
    }

    [Fact]
    public void Run_Help_Exits0AndListsBuild_InNorwegian()
    {
        var (code, stdout, stderr) = Run("--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.Matches(@"(?m)^\s+build\s+Bygg nettstedet", stdout);
        Assert.Matches(@"(?m)^Bruk:\n  sitegen \[kommando\] \[valg\]$", stdout.Replace("\r\n", "\n"));
        foreach (var english in new[] { "Usage:", "Options:", "Commands:", "Description:", "Show help" })
            Assert.DoesNotContain(english, stdout);
    }

    [Fact]
    public void Run_HelpWithMessagesEn_IsEnglish()
    {
        var (code, stdout, _) = Run("--help", "--messages", "en");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"(?m)^\s+build\s+Build the site", stdout);
        Assert.Contains("Usage:", stdout);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new", "news")]
    [InlineData("new", "page")]
    [InlineData("new", "deadline")]
    public void Run_CommandHelp_EveryDescriptionIsNorwegian_AndDefaultsAreCalledStandard(params string[] command)
    {
        var (code, stdout, stderr) = Run([.. command, "--help"]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.StartsWith("Beskrivelse:\n", stdout.Replace("\r\n", "\n"));
        Assert.Contains("Valg:", stdout);
        Assert.DoesNotContain("[default:", stdout);
        Assert.DoesNotContain("Options:", stdout);
        // Every option row has a Norwegian description (each English one starts with one of these words).
        var rows = stdout.Split('\n').Where(l => l.StartsWith("  -", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
            Assert.DoesNotMatch(@"\s{2}(Folder|Address|Include|Build as|Language|Port|Treat|List the|How messages|Where|The deadline|Show)\b", row);
    }

    [Theory]
    [InlineData("news", "gi nyheten en tittel: sitegen new news \"Tittel på saken\"")]
    [InlineData("page", "gi siden en tittel: sitegen new page \"Om prosjektet\"")]
    public void Run_NewWithoutTitle_SaysInNorwegianHowToGiveOne(string kind, string message)
    {
        using var site = new TestSite();

        var (code, stdout, stderr) = Run("new", kind, "--input", site.InputDir);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal("", stdout);
        Assert.Equal($"sitegen: {message}\nKjør «sitegen --help» for å se kommandoene og valgene.\n", stderr);
        Assert.DoesNotContain("Required", stderr);
        Assert.False(Directory.Exists(Path.Combine(site.InputDir, kind == "news" ? "news" : "pages")));
    }

    [Fact]
    public void Run_NewPageWithoutTitle_InEnglishWithMessagesEn()
    {
        var (code, _, stderr) = Run("new", "page", "--messages", "en");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.StartsWith("sitegen: give the page a title: sitegen new page", stderr);
    }

    [Fact]
    public void Run_NewPageHelp_IsShownThoughTheTitleIsMissing()
    {
        var (code, stdout, stderr) = Run("new", "page", "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.Contains("sitegen new page <tittel> [valg]", stdout);
    }

    [Theory]
    [InlineData(new[] { "buidl" }, "«buidl» er ikke en kommando eller et valg SiteGen kjenner")]
    [InlineData(new[] { "build", "--output" }, "etter --output må det stå en verdi")]
    [InlineData(new[] { "new" }, "skriv hva SiteGen skal gjøre")]
    public void Run_WrongCommandLine_LibraryComplaintsAreSaidInNorwegian(string[] args, string expected)
    {
        var (code, _, stderr) = Run(args);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(expected, stderr);
        Assert.DoesNotContain("Unrecognized", stderr);
        Assert.DoesNotContain("Required", stderr);
    }

    [Fact]
    public void EveryHint_NamesTheCommandEditorsHave()
    {
        // The scripts at the repository root are called what the hints say.
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, CommandLine.CommandName)));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, CommandLine.CommandName + ".cmd")));
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText);
        Assert.DoesNotContain(sources, s => s.Contains("hjelpen er på engelsk", StringComparison.Ordinal) || s.Contains("dotnet run --project", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_BuildHelp_ExplainsEveryOption()
    {
        var (code, stdout, _) = Run("build", "--help");

        Assert.Equal(ExitCodes.Success, code);
        foreach (var option in new[] { "--input", "--output", "--theme", "--base-url", "--drafts", "--now", "--messages" })
            Assert.Matches($@"(?m)^\s+(-\w, )?{option}\b.*\S", stdout);
    }
}
