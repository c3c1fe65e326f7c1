using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// The previous site cannot always be deleted after the swap: a file in it made immutable (chattr +i), or
/// owned by another user. The message says what is on disk then (the new site in place, the old copy at a
/// named folder), and the next builds are not stopped by that copy.
/// </summary>
[Collection(nameof(OutputSafetyTests))]
public sealed class UndeletableOutputTests
{
    /// <summary>
    /// Makes <paramref name="path"/> undeletable: chattr +i (root with CAP_LINUX_IMMUTABLE on ext4 and the like), else a
    /// read-only folder around it (anyone but root). False where neither holds (root in a container without the capability).
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool Lock(string path)
    {
        if (Run("chattr", "+i", path))
            return true;
        if (Environment.UserName == "root")
            return false;
        File.SetUnixFileMode(Directory.Exists(path) ? path : Path.GetDirectoryName(path)!, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return true;
    }

    /// <summary>Undoes <see cref="Lock"/> wherever the locked file went, so the test site can be deleted.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void Unlock(string root)
    {
        Run("chattr", "-R", "-i", root);
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static bool Run(string program, params string[] args)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(program, args) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no chattr on this system
        }
    }

    private static (int Exit, string Stderr) Build(TestSite site)
    {
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(site.Options(), site.OutputDir, new StringWriter(), stderr, messages: MessageLanguage.En);
        return (exit, stderr.ToString());
    }

    private static string Retired(TestSite site) => Path.Combine(site.Root, ".output.old");

    [Fact]
    public void Build_OldSiteWithALockedFile_PutsTheNewSiteInPlaceAndSaysWhereTheOldCopyIs()
    {
        if (OperatingSystem.IsWindows())
            return; // chattr and Unix modes
        using var site = new TestSite(("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01")));
        HostileBuild.PreviousSite(site.OutputDir);
        var locked = Path.Combine(site.OutputDir, "gammel", "forrige.html"); // in a folder of its own: a read-only output/ could not be swapped at all
        Directory.CreateDirectory(Path.GetDirectoryName(locked)!);
        File.WriteAllText(locked, "forrige versjon");
        try
        {
            if (!Lock(locked))
                return; // root without CAP_LINUX_IMMUTABLE: nothing can make a file undeletable here

            var (exit, stderr) = Build(site);

            Assert.True(exit == ExitCodes.Success, stderr);
            Assert.Contains($"warning SG4002: the new site is in '{site.OutputDir}', but the previous one could not be removed from '{Retired(site)}'", stderr);
            Assert.True(File.Exists(Path.Combine(site.OutputDir, "aktuelt", "sak", "index.html")));
            Assert.False(Directory.Exists(Path.Combine(site.OutputDir, "gammel")));
            Assert.True(File.Exists(Path.Combine(Retired(site), "gammel", "forrige.html")));

            // The next build is not stopped by the copy: it is moved aside, and said so.
            var (again, stderrAgain) = Build(site);

            Assert.True(again == ExitCodes.Success, stderrAgain);
            var aside = Assert.Single(Directory.GetDirectories(site.Root, ".output.old-*"));
            Assert.Contains($"is now in '{aside}'; the new site was written to '{site.OutputDir}' all the same", stderrAgain);
            Assert.True(File.Exists(Path.Combine(aside, "gammel", "forrige.html")));
            Assert.True(File.Exists(Path.Combine(site.OutputDir, "aktuelt", "sak", "index.html")));
        }
        finally
        {
            Unlock(site.Root);
        }
    }

    [Fact]
    public void Build_OldCopyThatCannotBeMovedEither_FailsNamingItAndKeepsTheSite()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var site = new TestSite(("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01")));
        HostileBuild.PreviousSite(site.OutputDir);
        Directory.CreateDirectory(Retired(site));
        File.WriteAllText(Path.Combine(Retired(site), "gammel.html"), "x");
        try
        {
            if (!Lock(Retired(site)))
                return;
            var before = HostileBuild.Snapshot(site.OutputDir);

            var (exit, stderr) = Build(site);

            Assert.Equal(ExitCodes.ContentErrors, exit);
            Assert.Contains($"an old copy of the site in '{Retired(site)}' can neither be deleted nor moved", stderr);
            Assert.Equal(before, HostileBuild.Snapshot(site.OutputDir));
        }
        finally
        {
            Unlock(site.Root);
        }
    }
}
