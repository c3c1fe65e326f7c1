using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public sealed class BuildCommandTests
{
    private static TestSite GoodSite() => new(
        ("input/news/a.md", SiteFiles.News("A", "2022-10-01")),
        ("input/news/b.md", SiteFiles.News("B", "2022-10-02")),
        ("input/pages/om.md", SiteFiles.Page("Om")),
        ("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2022-12-02\n"),
        ("input/files/x.pdf", "%PDF-1.4\n"));

    /// <summary>Runs 'build' with English messages, which these tests pin; MessagesTests pins the Norwegian default.</summary>
    private static (int Code, string Out, string Err) Run(TestSite site, string? outputDir = null, BuildOptions? options = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildCommand.Run(options ?? site.Options(), outputDir ?? site.OutputDir, stdout, stderr, messages: MessageLanguage.En);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Every file under a folder with its bytes, to compare a folder before and after.</summary>
    private static SortedDictionary<string, string> Snapshot(string dir) => new(
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToBase64String(File.ReadAllBytes(f))),
        StringComparer.Ordinal);

    [Fact]
    public void Run_GoodSite_Exits0WithSummaryAndWritesSite()
    {
        // Arrange
        using var site = GoodSite();

        // Act
        var (code, stdout, stderr) = Run(site);

        // Assert
        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain(": error ", stderr);
        var summary = Assert.Single(stdout.TrimEnd('\n').Split('\n'));
        Assert.Matches(@"^Built 11 pages \(2 news items, 1 pages, 1 deadlines\) and 1 files, \d+ in all, into .+/output/ in \d+\.\d\d s(; \d+ warning\(s\))?\.$", summary);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "aktuelt", "a", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "files", "x.pdf")));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "404.html")));
    }

    [Fact]
    public void Run_ContentErrors_Exits1AndPrintsEveryError()
    {
        using var site = GoodSite();
        site.Write("input/news/a.md", "---\ndate: 2022-10-01\n---\n");
        site.Write("input/news/b.md", "---\ntitle: B\ndate: 2.10.2022\n---\n");

        var (code, stdout, stderr) = Run(site);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal("", stdout);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Count(l => l.Contains(": error ", StringComparison.Ordinal)));
        Assert.StartsWith("input/news/a.md(2,1): error SG1003: ", lines[0]);
        Assert.StartsWith("input/news/b.md(3,7): error SG1002: ", lines[1]);
        Assert.Equal($"Build failed: 2 error(s); {site.OutputDir}/ was not changed.", lines[^1]);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Run_FailedBuild_LeavesPreviousOutputByteIdentical()
    {
        // Arrange: a good build, plus a file of the user's own in output/.
        using var site = GoodSite();
        Assert.Equal(ExitCodes.Success, Run(site).Code);
        File.WriteAllText(Path.Combine(site.OutputDir, "marker.txt"), "left by the user");
        var before = Snapshot(site.OutputDir);
        site.Write("input/news/a.md", "---\ntitle: A\ndate: i går\n---\n");

        // Act
        var (code, _, stderr) = Run(site);

        // Assert
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("was not changed", stderr);
        Assert.Equal(before, Snapshot(site.OutputDir));
    }

    [Fact]
    public void Run_SuccessfulRebuild_RemovesStaleFiles()
    {
        using var site = GoodSite();
        Assert.Equal(ExitCodes.Success, Run(site).Code);
        File.WriteAllText(Path.Combine(site.OutputDir, "stale.html"), "old");
        File.Delete(Path.Combine(site.InputDir, "news", "b.md"));

        var (code, _, _) = Run(site);

        Assert.Equal(ExitCodes.Success, code);
        Assert.False(File.Exists(Path.Combine(site.OutputDir, "stale.html")));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDir, "aktuelt", "b")));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "aktuelt", "a", "index.html")));
        // No staging or retired folders are left beside output/.
        Assert.Equal(["input", "output"], Directory.GetDirectories(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_RebuildWithoutChanges_GivesSameBytes()
    {
        using var site = GoodSite();
        Run(site);
        var first = Snapshot(site.OutputDir);

        Run(site);

        Assert.Equal(first, Snapshot(site.OutputDir));
    }

    [Fact]
    public void Run_OutputIsAFile_Exits1WithClearMessage()
    {
        using var site = GoodSite();
        var file = Path.Combine(site.Root, "output.txt");
        File.WriteAllText(file, "not a folder");

        var (code, _, stderr) = Run(site, outputDir: file);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"'{file}' is a file, not a folder", stderr);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void Run_OutputIsInputFolder_IsRefusedAndInputKept()
    {
        using var site = GoodSite();
        var before = Snapshot(site.InputDir);

        var (code, _, stderr) = Run(site, outputDir: site.InputDir);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("error SG4002", stderr);
        Assert.Contains("choose another --output", stderr);
        Assert.Equal(before, Snapshot(site.InputDir));
    }

    [Fact]
    public void Run_OutputContainsInputFolder_IsRefused()
    {
        using var site = GoodSite();

        var (code, _, stderr) = Run(site, outputDir: site.Root);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("choose another --output", stderr);
        Assert.True(File.Exists(Path.Combine(site.InputDir, "site.yml")));
    }

    [Fact]
    public void Run_OutputInsideInputFolder_IsRefused()
    {
        // The site would publish its own previous output as content on the next build.
        using var site = GoodSite();

        var (code, _, stderr) = Run(site, outputDir: Path.Combine(site.InputDir, "files", "ut"));

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("choose another --output", stderr);
        Assert.False(Directory.Exists(Path.Combine(site.InputDir, "files", "ut")));
    }

    [Fact]
    public void Run_Warnings_ArePrintedAndCountedButBuildSucceeds()
    {
        using var site = new TestSite(("input/news/snart.md", SiteFiles.News("Snart", "2022-12-24")));

        var (code, stdout, stderr) = Run(site);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("input/news/snart.md(1,1): warning SG1012: ", stderr);
        Assert.EndsWith("; 1 warning(s).\n", stdout.Replace("\r\n", "\n"));
    }
}
