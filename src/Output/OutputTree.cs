using System.Text;

namespace SiteGen.Output;

/// <summary>
/// The site's files as a tree of names, to find what the file system would refuse before anything is
/// written: a file and a folder with one name ("aktuelt" beside "aktuelt/index.html"), and names longer
/// than Linux allows. Names compare without regard to case, as <see cref="OutputPaths.CheckUnique"/> does.
/// </summary>
public sealed class OutputTree
{
    /// <summary>Linux's NAME_MAX: the most bytes (UTF-8) one file or folder name can have.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>Linux's PATH_MAX is 4096 bytes for the whole path; this leaves 1 KB of it for the folder output/ is in.</summary>
    public const int MaxPathBytes = 3072;

    private readonly Dictionary<string, string> files = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> folders = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="path">Relative to output/, with '/' separators.</param>
    public void Add(string path)
    {
        files.TryAdd(path, path);
        foreach (var folder in FoldersOf(path))
            folders.TryAdd(folder, path);
    }

    /// <summary>The file that has the name of one of <paramref name="path"/>'s folders, if any.</summary>
    public string? FileAbove(string path) =>
        FoldersOf(path).Select(f => files.TryGetValue(f, out var file) ? file : null).FirstOrDefault(f => f is not null);

    /// <summary>A file inside a folder named <paramref name="path"/>, if any.</summary>
    public string? FileInside(string path) => folders.GetValueOrDefault(path);

    /// <summary>The longest name in the path, and its length in bytes.</summary>
    public static (string Name, int Bytes) LongestName(string path) =>
        path.Split('/').Select(n => (n, Encoding.UTF8.GetByteCount(n))).MaxBy(n => n.Item2);

    /// <summary>Null when the file system takes the path; else why not, in English and Norwegian.</summary>
    public static Diagnostics.LocalizedText? TooLong(string path)
    {
        var (name, bytes) = LongestName(path);
        if (bytes > MaxNameBytes)
            return new($"the name '{Shorten(name)}' is {bytes} bytes long, and a file or folder name can have at most {MaxNameBytes}",
                $"navnet «{Shorten(name)}» er {bytes} byte langt, men et fil- eller mappenavn kan være høyst {MaxNameBytes} byte");
        var total = Encoding.UTF8.GetByteCount(path);
        return total > MaxPathBytes
            ? new($"the path output/{Shorten(path)} is {total} bytes long, and SiteGen writes paths of at most {MaxPathBytes}",
                $"stien output/{Shorten(path)} er {total} byte lang, men SiteGen skriver bare stier på høyst {MaxPathBytes} byte")
            : null;
    }

    /// <summary>A name of hundreds of characters, as a message can show it.</summary>
    public static string Shorten(string name) => name.Length <= 60 ? name : $"{name[..40]}…{name[^15..]}";

    private static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
    }
}
