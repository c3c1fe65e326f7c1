using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Runs `build` on a hostile mini-site the way an editor would meet it: a previous site sits in
/// output/, the build runs with a time limit (a hang fails the test instead of stalling the run),
/// and afterwards output/, input/ and the theme are compared byte for byte with before.
/// </summary>
public static class HostileBuild
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    public sealed record Outcome(int Exit, string Stderr, string Stdout);

    /// <summary>Builds; fails the test on a hang, an exception, a trace, or a touched input/ or theme/.</summary>
    public static Outcome Run(TestSite site, string? theme = null, DateTimeOffset? now = null, bool keepOutputOnSuccess = false)
    {
        PreviousSite(site.OutputDir);
        var output = Snapshot(site.OutputDir);
        var input = Snapshot(site.InputDir);
        var themeBefore = theme is null ? "" : Snapshot(theme);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var build = Task.Factory.StartNew(() => BuildCommand.Run(site.Options(now: now, theme: theme), site.OutputDir, stdout, stderr),
            TaskCreationOptions.LongRunning);
        Assert.True(build.Wait(Limit), $"the build did not finish within {Limit.TotalSeconds} s (a hang)\n{stderr}");

        var outcome = new Outcome(build.Result, stderr.ToString(), stdout.ToString());
        Assert.DoesNotContain("   at ", outcome.Stderr); // no stack trace
        Assert.Equal(input, Snapshot(site.InputDir));
        if (theme is not null)
            Assert.Equal(themeBefore, Snapshot(theme));
        if (outcome.Exit != ExitCodes.Success || keepOutputOnSuccess)
            Assert.Equal(output, Snapshot(site.OutputDir));
        if (SitegenProcess.Executable is not null)
            AssertSameAsOwnBuild(site, theme ?? RepoPaths.Theme, now ?? TestSite.DefaultNow);
        return outcome;
    }

    /// <summary>
    /// The program in SITEGEN_EXECUTABLE (the native build) and the test's own build, each run on the same site into the same folder
    /// (a previous site in it), must exit alike, print the same lines but for the time taken, and leave the same files.
    /// </summary>
    private static void AssertSameAsOwnBuild(TestSite site, string theme, DateTimeOffset now)
    {
        var output = Path.Combine(site.Root, "output-compared");
        string[] args = ["build", "--input", site.InputDir, "--theme", theme, "--output", output, "--now", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)];
        (int, string, string, string) RunInto(bool useOwnBuild)
        {
            if (Directory.Exists(output))
                Directory.Delete(output, recursive: true);
            PreviousSite(output);
            var outcome = Process(site, args, useOwnBuild);
            return (outcome.Exit, WithoutTimes(outcome.Stdout), WithoutTimes(outcome.Stderr), Snapshot(output));
        }
        var own = RunInto(useOwnBuild: true);
        var other = RunInto(useOwnBuild: false);
        Directory.Delete(output, recursive: true);
        Assert.Equal(own, other);
    }

    // What may differ: the summary's time ("… på 0,18 s", in English "in 0.18 s"), and the progress lines ("… leser filene (2 s)")
    // that only a build slower than two seconds prints, as the tests' own build can be on a busy machine.
    private static string WithoutTimes(string text) =>
        Regex.Replace(Regex.Replace(text, @"(?m)^… .* \(\d+ s\)\r?\n", ""), @"\b(på|in) \d+([,.]\d+)? m?s\b", "$1 …");

    /// <summary>Builds and asserts exit 1 with an error of <paramref name="code"/> at <paramref name="position"/> (e.g. "input/site.yml(3,").</summary>
    public static Outcome Fails(TestSite site, string position, string code, string? theme = null, DateTimeOffset? now = null)
    {
        var outcome = Run(site, theme, now);
        Assert.True(outcome.Exit == ExitCodes.ContentErrors, $"exit {outcome.Exit}\n{outcome.Stderr}");
        Assert.Contains(position, outcome.Stderr);
        Assert.Contains($"error {code}:", outcome.Stderr);
        return outcome;
    }

    /// <summary>Runs the real command line in its own process (for what only a process has: environment variables, exit on stack overflow).</summary>
    public static Outcome Process(TestSite site, string[] args, params (string Name, string? Value)[] env) => Process(site, args, useOwnBuild: false, env);

    private static Outcome Process(TestSite site, string[] args, bool useOwnBuild, params (string Name, string? Value)[] env)
    {
        var info = SitegenProcess.Info(site.Root, args, useOwnBuild);
        foreach (var (name, value) in env)
            info.Environment[name] = value;
        using var process = System.Diagnostics.Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"sitegen {string.Join(' ', args)} did not finish within {Limit.TotalSeconds} s (a hang)");
        }
        return new Outcome(process.ExitCode, stderr.Result, stdout.Result);
    }

    /// <summary>What a previous successful build left: a page and SiteGen's marker.</summary>
    public static void PreviousSite(string outputDir)
    {
        Directory.CreateDirectory(outputDir);
        File.WriteAllText(Path.Combine(outputDir, "forrige.html"), "forrige versjon");
        OutputMarkerFile(outputDir);
    }

    public static void OutputMarkerFile(string outputDir)
    {
        var marker = Path.Combine(outputDir, SiteGen.Output.OutputMarker.FileName);
        if (!File.Exists(marker))
            File.WriteAllText(marker, SiteGen.Output.OutputMarker.Content);
    }

    public static string Snapshot(string dir) => !Directory.Exists(dir) ? "(none)" : string.Join("\n",
        Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(dir, f)}:{Describe(f)}"));

    private static string Describe(string path) => SiteGen.Sources.FileKind.Of(path) switch
    {
        SiteGen.Sources.FileKind.Kind.Regular => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))),
        SiteGen.Sources.FileKind.Kind.Link => "link " + new FileInfo(path).LinkTarget,
        var kind => kind.ToString(),
    };
}
