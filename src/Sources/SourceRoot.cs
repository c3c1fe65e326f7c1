using System.Collections.Immutable;
using System.IO.Enumeration;
using SiteGen.Diagnostics;

namespace SiteGen.Sources;

/// <summary>A folder the build reads from (input/ or theme/), walked in ordinal order.</summary>
public sealed class SourceRoot(string path, string display)
{
    public string FullPath { get; } = Path.GetFullPath(path);
    public string Display { get; } = display;

    /// <summary>Relative paths of every regular file under the root, sorted ordinally, with its stamp (of the file a link leads to).</summary>
    public ImmutableSortedDictionary<string, FileStamp> Walk(DiagnosticBag diagnostics)
    {
        var found = ImmutableSortedDictionary.CreateBuilder<string, FileStamp>(StringComparer.Ordinal);
        WalkInto(FullPath, "", found, diagnostics);
        return found.ToImmutable();
    }

    public SourceFile? Read(string relative, long maxBytes, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(FullPath, relative);
        var display = $"{Display}/{relative}";
        try
        {
            var length = new FileInfo(full).Length;
            if (length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge,
                    en: $"the file is {length / (1024 * 1024)} MB; content files may be at most {maxBytes / (1024 * 1024)} MB",
                    nb: $"filen er større enn {maxBytes / (1024 * 1024)} MB, som er det meste en tekstfil med innhold kan være – del den opp i flere filer",
                    SourceLocation.StartOf(display));
                return null;
            }
            return new SourceFile(relative, display, File.ReadAllBytes(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, en: $"cannot read the file: {e.Message}",
                nb: $"filen kan ikke leses (systemet sier: «{e.Message.TrimEnd('.')}») – sjekk at du har tilgang til den", SourceLocation.StartOf(display));
            return null;
        }
    }

    // Every entry, hidden or not, and an error for a folder that cannot be read (as DirectoryInfo.GetFileSystemInfos does).
    private static readonly EnumerationOptions AllEntries = new() { IgnoreInaccessible = false, AttributesToSkip = 0 };

    private void WalkInto(string dir, string relative, ImmutableSortedDictionary<string, FileStamp>.Builder found, DiagnosticBag diagnostics)
    {
        List<(string Name, bool IsDirectory)> entries;
        try
        {
            // Names only: a FileSystemInfo per entry was an lstat each, beside the stamp's own call below.
            entries = [.. new FileSystemEnumerable<(string, bool)>(dir, static (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory), AllEntries)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, en: $"cannot read the folder: {e.Message}",
                nb: $"mappen kan ikke leses (systemet sier: «{e.Message.TrimEnd('.')}») – sjekk at du har tilgang til den", SourceLocation.StartOf(DisplayOf(dir)));
            return;
        }
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var (name, isDirectory) in entries)
        {
            if (name.StartsWith('.'))
                continue; // editors' tools leave .DS_Store, .swp and the like; they are never content
            var full = Path.Join(dir, name);
            var path = relative + name;
            // One call tells the kind and gives the stamp; Windows reports a link only in the attributes.
            var stamp = FileKind.Stamp(full);
            var isLink = stamp.Kind == FileKind.Kind.Link || OperatingSystem.IsWindows() && File.GetAttributes(full).HasFlag(FileAttributes.ReparsePoint);
            FileSystemInfo Info() => isDirectory ? new DirectoryInfo(full) : new FileInfo(full);
            if (isLink && !LinkStaysInside(Info(), path, diagnostics))
                continue;
            if (!NameIsPlain(name, isDirectory, path, diagnostics))
                continue;
            if (isDirectory)
            {
                if (!isLink)
                    WalkInto(full, path + "/", found, diagnostics);
            }
            else if (RegularFile(name, path, isLink ? FileKind.Stamp(Info().ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full) : stamp, diagnostics) is { } regular)
                found.Add(path, regular);
        }
    }

    /// <summary>
    /// Only regular files are read: a named pipe (mkfifo) blocks the first read until someone
    /// writes to it, and a device or socket is no content. They are skipped with a warning, never opened;
    /// a regular file gives its stamp.
    /// </summary>
    private FileStamp? RegularFile(string name, string path, FileStamp stamp, DiagnosticBag diagnostics)
    {
        var kind = stamp.Kind;
        if (kind == FileKind.Kind.Regular)
            return stamp;
        var (en, nb) = kind switch
        {
            FileKind.Kind.Pipe => ("a named pipe", "et rør (named pipe, laget med mkfifo)"),
            FileKind.Kind.Socket => ("a socket", "en socket"),
            FileKind.Kind.Device => ("a device", "en enhetsfil"),
            _ => ("not a regular file", "ikke en vanlig fil"),
        };
        diagnostics.Warning(DiagnosticCodes.MissingFile,
            en: $"'{name}' is {en}, not a file; it was skipped — remove it from {Display}/",
            nb: $"«{name}» er {nb}, ikke en vanlig fil, og ble hoppet over – fjern den fra {Display}/",
            SourceLocation.StartOf($"{Display}/{path}"));
        return null;
    }

    /// <summary>
    /// A name with a line break or control character cannot be written in a link, a feed or a
    /// message line; the editor renames the file (the message shows the name escaped).
    /// </summary>
    private bool NameIsPlain(string name, bool isDirectory, string path, DiagnosticBag diagnostics)
    {
        if (!name.Any(c => char.IsControl(c) || ForbiddenCharacters.IsForbidden(c) || c is '\u2028' or '\u2029'))
            return true;
        diagnostics.Error(DiagnosticCodes.InvalidText,
            en: $"the name '{name}' has a line break or an invisible control character; rename it",
            nb: $"navnet «{name}» har et linjeskift eller et usynlig kontrolltegn – gi {(isDirectory ? "mappen" : "filen")} et nytt navn",
            SourceLocation.StartOf($"{Display}/{path}"));
        return false;
    }

    private bool LinkStaysInside(FileSystemInfo entry, string path, DiagnosticBag diagnostics)
    {
        FileSystemInfo? target;
        try
        {
            target = entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException e)
        {
            // A link to itself or a loop of links: "Too many levels of symbolic links".
            diagnostics.Error(DiagnosticCodes.InvalidLink, en: $"'{entry.Name}' is a symbolic link that cannot be followed: {e.Message}",
                nb: $"«{entry.Name}» er en snarvei (symbolsk lenke) som ikke kan følges (systemet sier: «{e.Message.TrimEnd('.')}») – legg selve filen her i stedet",
                SourceLocation.StartOf($"{Display}/{path}"));
            return false;
        }
        var inside = target is { Exists: true } && IsInside(target.FullName);
        if (!inside)
            diagnostics.Error(DiagnosticCodes.InvalidLink,
                en: $"'{entry.Name}' is a symbolic link to '{entry.LinkTarget}', outside {Display}/; copy the file in instead",
                nb: $"«{entry.Name}» er en snarvei (symbolsk lenke) til «{entry.LinkTarget}», utenfor {Display}/ – kopier filen inn i stedet",
                SourceLocation.StartOf($"{Display}/{path}"));
        return inside;
    }

    private bool IsInside(string full) =>
        full.StartsWith(FullPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string Relative(string full) => Path.GetRelativePath(FullPath, full).Replace('\\', '/');

    private string DisplayOf(string full) => $"{Display}/{Relative(full)}";
}
