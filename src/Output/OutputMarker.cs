using SiteGen.Content;
using SiteGen.Sources;

namespace SiteGen.Output;

/// <summary>
/// A small file SiteGen leaves in every output folder it writes. A build replaces a folder as a
/// whole, so it replaces only folders that carry this marker (or are empty): a folder an editor
/// named by mistake — input/, theme/, a home folder, through a link or not — is never deleted.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".sitegen-output";

    public const string Content =
        "Denne mappen er skrevet av SiteGen og byttes ut i sin helhet ved neste bygg. Ikke legg egne filer her.\n" +
        "This folder was written by SiteGen and is replaced as a whole by the next build. Do not keep your own files here.\n";

    public static bool IsMarked(string dir) => File.Exists(Path.Combine(dir, FileName));

    /// <summary>True when SiteGen may replace the folder: it does not exist, is empty, holds the marker, or is a site an earlier SiteGen wrote.</summary>
    public static bool MayReplace(string dir) =>
        !Directory.Exists(dir) || IsMarked(dir) || !Directory.EnumerateFileSystemEntries(dir).Any() || WrittenBeforeMarkers(dir);

    /// <summary>
    /// Output folders built before the marker existed carry none, and every editor's checkout has one. They are
    /// recognised by what only SiteGen writes together: sitemap.xml and robots.txt at the top, and a calendar
    /// feed one folder down whose PRODID names SiteGen. Only regular files are read, and only their start.
    /// </summary>
    public static bool WrittenBeforeMarkers(string dir)
    {
        if (!FileKind.IsRegular(Path.Combine(dir, "sitemap.xml")) || !FileKind.IsRegular(Path.Combine(dir, "robots.txt")))
            return false;
        try
        {
            return Directory.EnumerateDirectories(dir)
                .SelectMany(sub => Directory.EnumerateFiles(sub, "*.ics"))
                .Take(50)
                .Any(NamesSiteGen);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable: not recognised, so it is refused as any unmarked folder is
        }
    }

    private static bool NamesSiteGen(string icsPath)
    {
        if (!FileKind.IsRegular(icsPath))
            return false;
        using var stream = File.OpenRead(icsPath);
        var buffer = new byte[1024];
        var head = System.Text.Encoding.UTF8.GetString(buffer, 0, stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false));
        return head.StartsWith("BEGIN:VCALENDAR", StringComparison.Ordinal) && head.Contains("\nPRODID:-//SiteGen//", StringComparison.Ordinal);
    }

    public static void WriteInto(string dir) => File.WriteAllText(Path.Combine(dir, FileName), Content);
}
