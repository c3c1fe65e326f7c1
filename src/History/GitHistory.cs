using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SiteGen.History;

/// <summary>
/// Reads the committed versions of a few files with two local git processes (log, then cat-file
/// --batch). Git is asked nothing that touches the network. Null when the folder is not in a git
/// work tree or git is missing: callers then fall back to what the content says (fixed stamps, front matter).
/// </summary>
public static class GitHistory
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <param name="files">Absolute paths with the display path used for each.</param>
    public static IReadOnlyList<FileVersion>? Versions(string workDir, IReadOnlyList<(string FullPath, string DisplayPath)> files, out bool shallow)
    {
        shallow = false;
        if (files.Count == 0 || !Directory.Exists(workDir))
            return [];
        var top = Run(workDir, ["rev-parse", "--show-toplevel"], null)?.Trim();
        if (string.IsNullOrEmpty(top))
            return null;
        shallow = Run(top, ["rev-parse", "--is-shallow-repository"], null)?.Trim() == "true";

        var byRelative = files.ToDictionary(f => Path.GetRelativePath(top, f.FullPath).Replace('\\', '/'), f => f.DisplayPath, StringComparer.Ordinal);
        var log = Run(top, ["log", "--format=%x00%H %ct", "--name-only", "--no-renames", "--", .. byRelative.Keys], null);
        if (log is null)
            return null;
        var wanted = ParseLog(log).Where(c => byRelative.ContainsKey(c.Path)).ToList();
        if (wanted.Count == 0)
            return [];
        var blobs = ReadBlobs(top, wanted.Select(c => $"{c.Commit}:{c.Path}"));
        if (blobs is null)
            return null;
        return [.. wanted.Zip(blobs)
            .Where(x => x.Second is not null)
            .Select(x => new FileVersion(byRelative[x.First.Path], x.First.Time, x.Second!))
            .OrderBy(v => v.CommittedAt)];
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

    private static IEnumerable<(string Commit, DateTimeOffset Time, string Path)> ParseLog(string log)
    {
        foreach (var record in log.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var header = lines[0].Split(' ');
            var time = DateTimeOffset.FromUnixTimeSeconds(long.Parse(header[1], CultureInfo.InvariantCulture));
            foreach (var path in lines.Skip(1))
                yield return (header[0], time, path.Trim());
        }
    }

    /// <summary>Contents for "commit:path" names in order; null entries for files absent at that commit.</summary>
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
