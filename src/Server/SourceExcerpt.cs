using SiteGen.Diagnostics;

namespace SiteGen.Server;

/// <summary>One line of source shown around an error; <see cref="IsError"/> marks the line the error points at.</summary>
public sealed record ExcerptLine(int Number, string Text, bool IsError);

/// <summary>
/// Reads the lines around an error (two before, two after) for the preview's overlay, like Hugo's
/// error context. Only files inside the site's own folders are read, however a path is written.
/// </summary>
public sealed class SourceExcerpt(string displayRoot, IReadOnlyList<string> allowedFolders)
{
    public const int Context = 2;
    private const long MaxBytes = 8 * 1024 * 1024;

    private readonly string[] allowed = [.. allowedFolders.Select(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar)];

    public IReadOnlyList<ExcerptLine> Read(SourceLocation? location)
    {
        if (location is null || location.Line < 1)
            return [];
        try
        {
            var full = Path.GetFullPath(Path.Combine(displayRoot, location.Path));
            if (!allowed.Any(folder => full.StartsWith(folder, StringComparison.Ordinal)))
                return [];
            var info = new FileInfo(full);
            // An empty file has no lines to show; a pipe or device also reports 0 bytes, and reading one would block the rebuilds.
            if (!info.Exists || info.Length == 0 || info.Length > MaxBytes)
                return [];
            var lines = File.ReadAllLines(full);
            var first = Math.Max(1, location.Line - Context);
            var last = Math.Min(lines.Length, location.Line + Context);
            return [.. Enumerable.Range(first, Math.Max(0, last - first + 1))
                .Select(n => new ExcerptLine(n, lines[n - 1].TrimStart('\uFEFF'), n == location.Line))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The file changed or vanished since the build, or its name is one no file can have: the message alone still helps.
            return [];
        }
    }
}
