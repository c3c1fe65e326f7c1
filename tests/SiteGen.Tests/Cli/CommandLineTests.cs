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
    public void Run_Help_Exits0AndListsBuild()
    {
        var (code, stdout, stderr) = Run("--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.Matches(@"(?m)^\s+build\s+Build the site", stdout);
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
