using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SiteGen.History;

/// <summary>
/// Reads committed versions of files with a few local git processes (log, then cat-file --batch).
/// Git is asked nothing that touches the network. Null when the folder is not in a git work tree
/// or git is missing: callers then fall back to what the content says (fixed stamps, front matter).
/// </summary>
public static class GitHistory
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Where a folder sits in git, asked in one process: the repository's top folder, the folder's path
    /// inside it ("" or ending in '/', "input/", as git spells it) and whether the clone is shallow.
    /// Null outside a work tree or without git.
    /// </summary>
    public static (string Top, string Prefix, bool IsShallow)? Locate(string workDir)
    {
        if (!Directory.Exists(workDir) || Run(workDir, ["rev-parse", "--show-toplevel", "--show-prefix", "--is-shallow-repository"], null) is not { } output)
            return null;
        var lines = output.Split('\n');
        if (lines.Length != 4 || lines[0].Trim() is not { Length: > 0 } top)
            return null;
        return (top, lines[1].TrimEnd('\r'), lines[2].Trim() == "true");
    }

    /// <summary>
    /// What the committed history depends on, in one process: the top folder, whether the clone is shallow and HEAD's commit.
    /// A commit, a checkout or an unshallowed clone changes it, an edit of a file does not. Null outside a work tree, without
    /// git or before the first commit.
    /// </summary>
    public static string? State(string workDir) =>
        Directory.Exists(workDir) ? Run(workDir, ["rev-parse", "--show-toplevel", "--is-shallow-repository", "HEAD"], null) : null;

    /// <summary>
    /// The commits of HEAD's first-parent line that change <paramref name="pathspecs"/>, oldest first,
    /// each with its changes against its first parent. A merge is one step like any commit: it
    /// changes what a pull brought in ("--name-only" lists nothing for merges, so its versions
    /// would be missed), and commits of the merged side never appear on their own.
    /// </summary>
    public static IReadOnlyList<CommitChanges>? FirstParentChanges(string top, IReadOnlyList<string> pathspecs)
    {
        var log = Run(top, ["log", "--first-parent", "-m", "--reverse", "--raw", "--no-renames", "--no-abbrev", "--format=%x00%H %ct", "--", .. pathspecs], null);
        if (log is null)
            return Run(top, ["rev-parse", "--verify", "-q", "HEAD"], null) is null ? [] : null; // no commit yet: no history
        var commits = new List<CommitChanges>();
        foreach (var record in log.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var header = lines[0].Split(' ');
            var changes = new List<(string, string?)>();
            // ":100644 100644 <old> <new> M\tpath"
            foreach (var line in lines.Skip(1).Where(l => l.StartsWith(':')))
            {
                var tab = line.IndexOf('\t');
                var fields = line[1..tab].Split(' ');
                var deleted = fields[4].StartsWith('D') || fields[3].All(c => c == '0');
                changes.Add((line[(tab + 1)..], deleted ? null : fields[3]));
            }
            commits.Add(new CommitChanges(header[0], DateTimeOffset.FromUnixTimeSeconds(long.Parse(header[1], CultureInfo.InvariantCulture)), changes));
        }
        return commits;
    }

    /// <summary>The text of each blob id, in one git process; null without git.</summary>
    public static IReadOnlyDictionary<string, string>? BlobTexts(string top, IReadOnlyCollection<string> blobs)
    {
        if (blobs.Count == 0)
            return new Dictionary<string, string>();
        var texts = ReadBlobs(top, blobs);
        if (texts is null)
            return null;
        return blobs.Zip(texts).Where(x => x.Second is not null).ToDictionary(x => x.First, x => x.Second!, StringComparer.Ordinal);
    }

    /// <summary>
    /// When each file under <paramref name="folder"/> was last changed after it was added, keyed by its
    /// path relative to the folder: one git process for every file. The commit that adds a file is its
    /// publication, not an update, and neither is a commit that only moves it or changes its mode (same
    /// blob); a move keeps the file's earlier changes. Files never changed since they were added are left
    /// out. Commits at the edge of a shallow clone ("grafted") show every file as added, so they count
    /// as nothing. Null without git.
    /// </summary>
    public static IReadOnlyDictionary<string, DateTimeOffset>? LastChangeTimes(string folder)
    {
        if (!Directory.Exists(folder))
            return null;
        var log = Run(folder, ["log", "--format=%x00%ct", "--raw", "--no-abbrev", "--find-renames", "--relative", "--", "."], null);
        if (log is null)
            return null;
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        // Oldest first, so that a move carries the changes made before it.
        foreach (var record in log.Split('\0', StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var header = lines[0].Split(' ', 2);
            var time = DateTimeOffset.FromUnixTimeSeconds(long.Parse(header[0], CultureInfo.InvariantCulture));
            foreach (var change in lines.Skip(1).Select(RawChange.Parse).OfType<RawChange>())
                change.ApplyTo(times, time);
        }
        return times;
    }

    /// <summary>One line of 'git log --raw': ":100644 100644 old new M\tpath" or "... R087\told\tnew".</summary>
    private sealed record RawChange(char Status, bool SameBlob, int Similarity, string Path, string? OldPath)
    {
        public static RawChange? Parse(string line)
        {
            if (!line.StartsWith(':'))
                return null;
            var parts = line.Split('\t');
            var fields = parts[0].Split(' ');
            if (fields.Length < 5 || parts.Length < 2)
                return null;
            var status = fields[4];
            var similarity = status.Length > 1 && int.TryParse(status.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            return status[0] == 'R' && parts.Length >= 3
                ? new RawChange('R', fields[2] == fields[3], similarity, parts[2].Trim(), parts[1].Trim())
                : new RawChange(status[0], fields[2] == fields[3], similarity, parts[1].Trim(), null);
        }

        public void ApplyTo(Dictionary<string, DateTimeOffset> times, DateTimeOffset time)
        {
            switch (Status)
            {
                case 'M' or 'T' when !SameBlob:
                    times[Path] = time;
                    break;
                case 'R':
                    if (OldPath is not null && times.Remove(OldPath, out var earlier))
                        times[Path] = earlier;
                    if (Similarity < 100)
                        times[Path] = time;
                    break;
                case 'D':
                    times.Remove(Path);
                    break;
            }
        }
    }

    /// <summary>Contents for object names ("commit:path" or a blob id) in order; null entries for objects that do not exist.</summary>
    private static List<string?>? ReadBlobs(string top, IEnumerable<string> names)
    {
        var input = string.Join('\n', names) + "\n";
        using var process = Start(top, ["cat-file", "--batch"]);
        if (process is null)
            return null;
        var writer = Task.Run(() => { process.StandardInput.Write(input); process.StandardInput.Close(); });
        var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        writer.Wait(Timeout);
        process.WaitForExit(Timeout);
        return process.ExitCode == 0 ? ParseBatch(output.ToArray()) : null;
    }

    private static List<string?> ParseBatch(byte[] data)
    {
        var result = new List<string?>();
        var position = 0;
        while (position < data.Length)
        {
            var end = Array.IndexOf(data, (byte)'\n', position);
            var header = Encoding.UTF8.GetString(data, position, end - position).Split(' ');
            position = end + 1;
            if (header.Length < 3 || header[1] != "blob")
            {
                result.Add(null);
                continue;
            }
            var size = int.Parse(header[2], CultureInfo.InvariantCulture);
            result.Add(Encoding.UTF8.GetString(data, position, size));
            position += size + 1;
        }
        return result;
    }

    private static string? Run(string workDir, string[] args, string? stdin)
    {
        using var process = Start(workDir, args);
        if (process is null)
            return null;
        if (stdin is not null)
            process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            return null;
        }
        return process.ExitCode == 0 ? output.Result : null;
    }

    private static Process? Start(string workDir, string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = workDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        // Paths with 'æ', 'ø' or 'å' come back as they are instead of in octal escapes.
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("core.quotePath=false");
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        info.Environment["LC_ALL"] = "C";
        try
        {
            var process = Process.Start(info);
            process?.StandardError.ReadToEndAsync();
            return process;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
