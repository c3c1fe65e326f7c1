using System.Diagnostics;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Robustness;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// A rebuild links the files whose bytes did not change to the previous site's copies instead of writing
/// them again. The previous site must never be changed through such a link, and a build that fails or is
/// killed halfway must leave output/ as it was. (The build machines are Linux, where links are made.)
/// </summary>
[Collection(nameof(OutputSafetyTests))] // writes output folders the way those tests do
public sealed class UnchangedFilesTests
{
    private static (string Inode, int Links) Stat(string path)
    {
        var info = new ProcessStartInfo("stat", ["-c", "%i %h", path]) { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var parts = process.StandardOutput.ReadToEnd().Trim().Split(' ');
        process.WaitForExit();
        return (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int Build(TestSite site) =>
        BuildCommand.Run(site.Options(), site.OutputDir, new StringWriter(), new StringWriter(), messages: MessageLanguage.En);

    [Fact]
    public void Rebuild_AfterAnEdit_LinksTheUnchangedFilesAndWritesTheChangedPage()
    {
        using var site = new TestSite(("input/pages/side.md", "---\ntitle: Side\n---\nFørste utgave.\n"));
        Assert.Equal(ExitCodes.Success, Build(site));
        var css = Path.Combine(site.OutputDir, "css", "site.css");
        var page = Path.Combine(site.OutputDir, "side", "index.html");
        var (cssBefore, pageBefore) = (Stat(css), Stat(page));

        site.Write("input/pages/side.md", "---\ntitle: Side\n---\nAndre utgave.\n");
        Assert.Equal(ExitCodes.Success, Build(site));

        Assert.Equal(cssBefore, Stat(css)); // the same file, and its only name once the old site is gone
        Assert.NotEqual(pageBefore.Inode, Stat(page).Inode);
        Assert.Contains("Andre utgave.", File.ReadAllText(page));
    }

    [Fact]
    public void WriteNew_ToANameThatExists_RefusesInsteadOfWritingThroughTheLink()
    {
        using var site = new TestSite();
        var old = Path.Combine(site.Root, "gammel.html");
        var staged = Path.Combine(site.Root, "ny.html");
        File.WriteAllText(old, "forrige");

        Assert.True(UnchangedFiles.LinkOrWrite(old, staged, "forrige"u8.ToArray()));
        Assert.Throws<IOException>(() => UnchangedFiles.WriteNew(staged, "endret"u8.ToArray()));

        Assert.Equal("forrige", File.ReadAllText(old));
    }

    [Fact]
    public void Write_FailingHalfway_LeavesThePreviousSiteWholeAndUnlinked()
    {
        using var site = new TestSite();
        Assert.Equal(ExitCodes.Success, Build(site));
        var before = HostileBuild.Snapshot(site.OutputDir);
        var index = Path.Combine(site.OutputDir, "index.html");
        var same = new OutputFile("index.html", File.ReadAllBytes(index), "test");
        // "index.html/x" cannot be created once index.html is a file: the write fails after the link was made.
        OutputFile[] files = [same, new OutputFile("index.html/x", [1], "test")];

        var error = OutputWriter.Write(files, site.OutputDir);

        Assert.NotNull(error);
        Assert.Equal(before, HostileBuild.Snapshot(site.OutputDir));
        Assert.Equal(1, Stat(index).Links); // the staging copy's name is gone with it
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.new")));
    }

    [Fact]
    public void Build_AfterAKillWhileLinking_RemovesTheStagingLinksAndKeepsTheOldFilesUnchanged()
    {
        using var site = new TestSite(("input/pages/side.md", "---\ntitle: Side\n---\nFørste utgave.\n"));
        Assert.Equal(ExitCodes.Success, Build(site));
        var page = Path.Combine(site.OutputDir, "side", "index.html");
        var firstEdition = File.ReadAllText(page);
        // What a build killed while staging leaves: .output.new with names linked to output/'s files.
        var staging = Path.Combine(site.Root, ".output.new", "side");
        Directory.CreateDirectory(staging);
        Assert.True(UnchangedFiles.LinkOrWrite(page, Path.Combine(staging, "index.html"), File.ReadAllBytes(page)));
        var kept = Path.Combine(site.Root, "kopi.html");
        Process.Start("ln", [page, kept])!.WaitForExit(); // a name of the old file outside SiteGen's folders

        site.Write("input/pages/side.md", "---\ntitle: Side\n---\nAndre utgave.\n");
        Assert.Equal(ExitCodes.Success, Build(site));

        Assert.Contains("Andre utgave.", File.ReadAllText(page));
        Assert.Equal(firstEdition, File.ReadAllText(kept)); // the old file was replaced, never written into
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.new")));
    }
}
