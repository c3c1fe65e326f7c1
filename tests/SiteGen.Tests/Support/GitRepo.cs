using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>Runs git in a test site's folder, committing at chosen times so history-based stamps are predictable.</summary>
public static class GitRepo
{
    public static void Init(string dir)
    {
        Run(dir, null, "init", "-q", "-b", "main");
        Run(dir, null, "config", "user.email", "test@example.invalid");
        Run(dir, null, "config", "user.name", "Test");
        Run(dir, null, "config", "commit.gpgsign", "false");
    }

    public static void CommitAll(string dir, DateTimeOffset at, string message = "change")
    {
        Run(dir, null, "add", "-A");
        Run(dir, at, "commit", "-q", "--allow-empty", "-m", message);
    }

    /// <summary>A clone with only the last <paramref name="depth"/> commits, as CI services make by default.</summary>
    public static void CloneShallow(string from, string to, int depth = 1) =>
        Run(Path.GetDirectoryName(to)!, null, "clone", "-q", "--depth", depth.ToString(System.Globalization.CultureInfo.InvariantCulture), "file://" + from, to);

    /// <summary>Any git command in the folder (git mv, checkout, merge), with author and committer dates at <paramref name="at"/> when given.</summary>
    public static void Git(string dir, DateTimeOffset? at, params string[] args) => Run(dir, at, args);

    private static void Run(string dir, DateTimeOffset? at, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        if (at is { } time)
        {
            var stamp = time.ToUnixTimeSeconds() + " +0000";
            info.Environment["GIT_AUTHOR_DATE"] = stamp;
            info.Environment["GIT_COMMITTER_DATE"] = stamp;
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
    }
}
