using System.Diagnostics;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Files that are not regular files (issue 12, class 5) are never opened: a named pipe in input/
/// used to block the build forever. And a file name with a line break is one message line, escaped.
/// </summary>
public sealed class HostileFileTests
{
    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Theory]
    [InlineData("input/files/pipe.txt")]
    [InlineData("input/news/pipe.md")]
    [InlineData("input/data/deadlines.yml")]
    public void Build_NamedPipeInInput_IsSkippedWithAPositionedWarning(string pipe)
    {
        using var site = new TestSite(("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01")));
        MakeFifo(Path.Combine(site.Root, pipe));

        var outcome = HostileBuild.Run(site);

        Assert.True(outcome.Exit == ExitCodes.Success, outcome.Stderr);
        Assert.Contains($"{pipe}(1,1): warning SG1010:", outcome.Stderr);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "aktuelt", "sak", "index.html")));
    }

    [Fact]
    public void Build_LinkToNamedPipe_IsSkippedToo()
    {
        using var site = new TestSite();
        MakeFifo(Path.Combine(site.InputDir, "files", "pipe"));
        File.CreateSymbolicLink(Path.Combine(site.InputDir, "files", "lenke.txt"), "pipe");

        var outcome = HostileBuild.Run(site);

        Assert.True(outcome.Exit == ExitCodes.Success, outcome.Stderr);
        Assert.Contains("input/files/lenke.txt(1,1): warning SG1010:", outcome.Stderr);
    }

    [Fact]
    public void Build_PipeAsStrictWarning_FailsAndKeepsOutput()
    {
        using var site = new TestSite();
        MakeFifo(Path.Combine(site.InputDir, "news", "pipe.md"));
        HostileBuild.PreviousSite(site.OutputDir);
        var before = HostileBuild.Snapshot(site.OutputDir);
        var stderr = new StringWriter();

        var exit = BuildCommand.Run(site.Options(), site.OutputDir, new StringWriter(), stderr, strict: true);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("input/news/pipe.md(1,1):", stderr.ToString());
        Assert.Equal(before, HostileBuild.Snapshot(site.OutputDir));
    }

    [Fact]
    public void Build_FileNameWithNewline_IsOneEscapedMessageLine()
    {
        using var site = new TestSite(("input/files/to\nlinjer.pdf", "x"));

        var outcome = HostileBuild.Fails(site, "input/files/to\\nlinjer.pdf(1,1): error SG1006:", "SG1006");

        var line = outcome.Stderr.Split('\n').Single(l => l.Contains("SG1006"));
        Assert.Contains("«to\\nlinjer.pdf»", line);
    }

    [Fact]
    public async Task NewDeadline_DeadlinesFileIsAPipe_IsRefusedWithoutHanging()
    {
        using var site = new TestSite();
        MakeFifo(Path.Combine(site.InputDir, "data", "deadlines.yml"));
        var stderr = new StringWriter();

        var run = Task.Run(() => CommandLine.Run(["new", "deadline", "Frist", "--input", site.InputDir], new StringWriter(), stderr));

        Assert.True(await Task.WhenAny(run, Task.Delay(HostileBuild.Limit)) == run, "new deadline hung on a named pipe");
        Assert.Equal(ExitCodes.ContentErrors, await run);
        Assert.Contains("deadlines.yml", stderr.ToString());
    }
}
