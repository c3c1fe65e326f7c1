using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>'check' validates like 'build', writes nothing, and keeps warnings apart from errors.</summary>
public sealed class CheckCommandTests
{
    private const string GoodNews = "---\ntitle: God sak\ndate: 2022-11-01\n---\nTekst.\n";
    private const string FutureNews = "---\ntitle: Framtidig sak\ndate: 2023-01-10\n---\nTekst.\n";
    private const string BadNews = "---\ntitle: Dårlig sak\ndate: 2.12.2022\n---\nTekst.\n";

    /// <summary>Runs 'check' with English messages, which these tests pin; MessagesTests pins the Norwegian default.</summary>
    private static (int Code, string Out) Check(TestSite site)
    {
        var stdout = new StringWriter();
        var code = CheckCommand.Run(site.Options(), stdout, new StringWriter(), MessageLanguage.En);
        return (code, stdout.ToString());
    }

    [Fact]
    public void Run_CleanSite_ExitsZeroAndWritesNothing()
    {
        using var site = new TestSite(("input/news/god-sak.md", GoodNews));

        var (code, output) = Check(site);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("No errors or warnings", output);
        Assert.False(Directory.Exists(site.OutputDir));
        Assert.Equal(["input"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Run_ContentError_ExitsOneWithTheErrorUnderItsHeading()
    {
        using var site = new TestSite(("input/news/darlig-sak.md", BadNews));

        var (code, output) = Check(site);

        Assert.Equal(ExitCodes.ContentErrors, code);
        var lines = output.Split('\n');
        Assert.Equal("Errors (1):", lines[0]);
        Assert.StartsWith("input/news/darlig-sak.md(3,7): error SG1002:", lines[1]);
        Assert.DoesNotContain("Warnings", output);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Run_WarningsOnly_ExitsZeroAndListsThemApart()
    {
        using var site = new TestSite(("input/news/framtidig-sak.md", FutureNews));

        var (code, output) = Check(site);

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("Errors", output);
        var lines = output.Split('\n');
        Assert.Equal("Warnings (1):", lines[0]);
        Assert.Contains("warning SG1012", lines[1]);
        Assert.Contains("No errors, 1 warning", output);
    }

    [Fact]
    public void Run_ErrorsAndWarnings_ListsErrorsFirstThenWarnings()
    {
        using var site = new TestSite(("input/news/darlig-sak.md", BadNews), ("input/news/framtidig-sak.md", FutureNews));

        var (code, output) = Check(site);

        Assert.Equal(ExitCodes.ContentErrors, code);
        var errors = output.IndexOf("Errors (1):", StringComparison.Ordinal);
        var warnings = output.IndexOf("Warnings (1):", StringComparison.Ordinal);
        Assert.True(errors >= 0 && warnings > errors, output);
        Assert.True(output.IndexOf("error SG1002", StringComparison.Ordinal) < warnings, output);
        Assert.True(output.IndexOf("warning SG1012", StringComparison.Ordinal) > warnings, output);
    }

    [Fact]
    public void CommandLine_Check_AcceptsTheBuildOptions()
    {
        var parse = CommandLine.Create().Parse(["check", "--input", "x", "--theme", "t", "--base-url", "https://a.example/", "--drafts", "--now", "2022-12-01"]);

        Assert.Empty(parse.Errors);
    }
}
