using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// The output folder is replaced as a whole (issue 12, classes 7–9), so: never a folder reached
/// through a link to input/ or theme/, never a folder SiteGen did not write, one atomic swap, the
/// leftovers of an interrupted build cleaned by the next, and one build at a time.
/// </summary>
[Collection(nameof(OutputSafetyTests))] // changes OutputLock.Wait; no other test waits on a lock
public sealed class OutputSafetyTests
{
    private static (int Exit, string Stderr) Build(TestSite site, string input, string theme, string output)
    {
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(site.Options(theme: theme) with { InputDir = input }, output, new StringWriter(), stderr, messages: MessageLanguage.En);
        return (exit, stderr.ToString());
    }

    private static void AssertRefusedAndKept(TestSite site, string folder)
    {
        var before = HostileBuild.Snapshot(folder);

        var (exit, stderr) = Build(site, site.InputDir, RepoPaths.Theme, folder);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"has no {OutputMarker.FileName}", stderr);
        Assert.Equal(before, HostileBuild.Snapshot(folder));
    }

    [Fact]
    public void Build_OutputIsInputThroughALink_IsRefusedAndInputKept()
    {
        using var site = new TestSite();
        var link = Path.Combine(site.Root, "input-link");
        Directory.CreateSymbolicLink(link, site.InputDir);
        var before = HostileBuild.Snapshot(site.InputDir);

        var (exit, stderr) = Build(site, link, RepoPaths.Theme, site.InputDir);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error SG4002:", stderr);
        Assert.Equal(before, HostileBuild.Snapshot(site.InputDir));
    }

    [Fact]
    public void Build_OutputIsThemeThroughALink_IsRefusedAndThemeKept()
    {
        using var site = new TestSite();
        var theme = site.CopyTheme();
        var link = Path.Combine(site.Root, "theme-link");
        Directory.CreateSymbolicLink(link, theme);
        var before = HostileBuild.Snapshot(theme);

        var (exit, stderr) = Build(site, site.InputDir, link, theme);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error SG4002:", stderr);
        Assert.Equal(before, HostileBuild.Snapshot(theme));
    }

    [Fact]
    public void Build_OutputIsALinkToAFolderAroundInput_IsRefused()
    {
        using var site = new TestSite();
        var link = Path.Combine(site.Root, "ut");
        Directory.CreateSymbolicLink(link, site.Root);
        var before = HostileBuild.Snapshot(site.InputDir);

        var (exit, _) = Build(site, site.InputDir, RepoPaths.Theme, link);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal(before, HostileBuild.Snapshot(site.InputDir));
    }

    [Fact]
    public void Build_FolderNotWrittenBySiteGen_IsRefusedAndKept()
    {
        using var site = new TestSite();
        var mine = Path.Combine(site.Root, "mine-filer");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "viktig.txt"), "ikke slett meg");
        AssertRefusedAndKept(site, mine);
    }

    [Fact]
    public void Build_OutputOfAnEarlierSiteGenWithoutMarker_IsReplaced()
    {
        using var site = new TestSite();
        Assert.Equal(ExitCodes.Success, Build(site, site.InputDir, RepoPaths.Theme, site.OutputDir).Exit);
        File.Delete(Path.Combine(site.OutputDir, OutputMarker.FileName)); // as every checkout's output/ was before markers
        File.WriteAllText(Path.Combine(site.OutputDir, "gammel.html"), "fra forrige bygg");

        var (exit, stderr) = Build(site, site.InputDir, RepoPaths.Theme, site.OutputDir);

        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, OutputMarker.FileName)));
        Assert.False(File.Exists(Path.Combine(site.OutputDir, "gammel.html")));
    }

    [Fact]
    public void Build_FolderThatOnlyLooksLikeASite_IsRefusedAndKept()
    {
        using var site = new TestSite();
        var mine = Path.Combine(site.Root, "mine-filer");
        Directory.CreateDirectory(Path.Combine(mine, "kalender"));
        File.WriteAllText(Path.Combine(mine, "sitemap.xml"), "<urlset/>");
        File.WriteAllText(Path.Combine(mine, "robots.txt"), "User-agent: *");
        File.WriteAllText(Path.Combine(mine, "kalender", "min.ics"), "BEGIN:VCALENDAR\r\nPRODID:-//Outlook//NO\r\nEND:VCALENDAR\r\n");
        AssertRefusedAndKept(site, mine);
    }

    [Fact]
    public void Build_EmptyOrMissingFolder_IsWrittenWithTheMarker_AndReplacedNextTime()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(site.OutputDir);

        Assert.Equal(ExitCodes.Success, Build(site, site.InputDir, RepoPaths.Theme, site.OutputDir).Exit);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, OutputMarker.FileName)));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "index.html")));
        Assert.Equal(ExitCodes.Success, Build(site, site.InputDir, RepoPaths.Theme, site.OutputDir).Exit);
        Assert.Equal([".output.lock", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Where(n => n!.Contains("output")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_OutputThroughALink_WritesTheRealFolderAndKeepsTheLink()
    {
        using var site = new TestSite();
        var real = Path.Combine(site.Root, "www");
        var link = Path.Combine(site.Root, "publisert");
        Directory.CreateSymbolicLink(link, real);

        Assert.Equal(ExitCodes.Success, Build(site, site.InputDir, RepoPaths.Theme, link).Exit);
        Assert.Equal(ExitCodes.Success, Build(site, site.InputDir, RepoPaths.Theme, link).Exit);

        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(real, "index.html")));
    }

    [Fact]
    public void Build_AfterAKillBetweenTheFallbacksRenames_PutsTheSiteBackAndCleansUp()
    {
        using var site = new TestSite();
        // What a build killed between the two renames leaves: no output/, the old site retired, a half-written new one.
        var retired = Path.Combine(site.Root, ".output.old");
        HostileBuild.PreviousSite(retired);
        Directory.CreateDirectory(Path.Combine(site.Root, ".output.new", "aktuelt"));
        Directory.CreateDirectory(Path.Combine(site.Root, ".output.new-4242")); // from older versions

        var (exit, stderr) = Build(site, site.InputDir, RepoPaths.Theme, site.OutputDir);

        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "index.html")));
        Assert.False(File.Exists(Path.Combine(site.OutputDir, "forrige.html")));
        Assert.Equal([".output.lock", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Where(n => n!.Contains("output")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_WhileAnotherBuildHoldsTheLock_WaitsThenRefusesClearly()
    {
        using var site = new TestSite();
        HostileBuild.PreviousSite(site.OutputDir);
        var before = HostileBuild.Snapshot(site.OutputDir);
        var wait = OutputLock.Wait;
        OutputLock.Wait = TimeSpan.FromSeconds(1);
        try
        {
            using var other = OutputLock.Take(Path.Combine(site.Root, ".output.lock"));
            Assert.NotNull(other);

            var (exit, stderr) = Build(site, site.InputDir, RepoPaths.Theme, site.OutputDir);

            Assert.Equal(ExitCodes.ContentErrors, exit);
            Assert.Contains("another build is writing to", stderr);
            Assert.Equal(before, HostileBuild.Snapshot(site.OutputDir));
        }
        finally
        {
            OutputLock.Wait = wait;
        }
    }

    [Fact]
    public async Task Build_TwoAtOnceIntoOneFolder_BothSucceedAndLeaveOneWholeSite()
    {
        using var site = new TestSite(("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01")));

        var builds = Enumerable.Range(0, 2).Select(_ => Task.Run(() => Build(site, site.InputDir, RepoPaths.Theme, site.OutputDir))).ToArray();
        var results = await Task.WhenAll(builds);

        Assert.All(results, r => Assert.True(r.Exit == ExitCodes.Success, r.Stderr));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "aktuelt", "sak", "index.html")));
        Assert.Equal([".output.lock", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Where(n => n!.Contains("output")).Order(StringComparer.Ordinal));
    }
}

public sealed class AtomicSwapTests
{
    [Fact]
    public void Exchange_SwapsTwoFoldersAndRetiresTheOld()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-swap-").FullName;
        try
        {
            string Dir(string name, string file) { var d = Path.Combine(root, name); Directory.CreateDirectory(d); File.WriteAllText(Path.Combine(d, file), name); return d; }
            var staging = Dir("ny", "ny.txt");
            var target = Dir("ut", "gammel.txt");
            var retired = Path.Combine(root, "pensjonert");

            var atomic = AtomicSwap.Exchange(staging, target, retired);

            Assert.True(File.Exists(Path.Combine(target, "ny.txt")));
            Assert.True(File.Exists(Path.Combine(retired, "gammel.txt")));
            Assert.False(Directory.Exists(staging));
            if (OperatingSystem.IsLinux() && Environment.GetEnvironmentVariable("CI") == "true")
                Assert.True(atomic, "renameat2(RENAME_EXCHANGE) was not used on Linux");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
