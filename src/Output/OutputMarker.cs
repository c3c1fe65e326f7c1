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

    /// <summary>True when SiteGen may replace the folder: it does not exist, is empty, or holds the marker.</summary>
    public static bool MayReplace(string dir) =>
        !Directory.Exists(dir) || IsMarked(dir) || !Directory.EnumerateFileSystemEntries(dir).Any();

    public static void WriteInto(string dir) => File.WriteAllText(Path.Combine(dir, FileName), Content);
}
