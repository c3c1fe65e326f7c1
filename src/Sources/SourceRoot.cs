using System.Collections.Immutable;
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
        WalkInto(new DirectoryInfo(FullPath), found, diagnostics);
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

    private void WalkInto(DirectoryInfo dir, ImmutableSortedDictionary<string, FileStamp>.Builder found, DiagnosticBag diagnostics)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = dir.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, en: $"cannot read the folder: {e.Message}",
                nb: $"mappen kan ikke leses (systemet sier: «{e.Message.TrimEnd('.')}») – sjekk at du har tilgang til den", SourceLocation.StartOf(DisplayOf(dir.FullName)));
            return;
        }
        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.'))
                continue; // editors' tools leave .DS_Store, .swp and the like; they are never content
            // The enumeration's own lstat tells a link (asking each entry for its target is a readlink call per file).
            var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
            if (isLink && !LinkStaysInside(entry, diagnostics))
                continue;
            if (!NameIsPlain(entry, diagnostics))
                continue;
            if (entry is DirectoryInfo sub)
            {
                if (!isLink)
                    WalkInto(sub, found, diagnostics);
            }
            else if (RegularFile(entry, isLink, diagnostics) is { } stamp)
                found.Add(Relative(entry.FullName), stamp);
        }
    }

    /// <summary>
    /// Only regular files are read: a named pipe (mkfifo) blocks the first read until someone
    /// writes to it, and a device or socket is no content. They are skipped with a warning, never opened;
    /// a regular file gives its stamp.
    /// </summary>
    private FileStamp? RegularFile(FileSystemInfo entry, bool isLink, DiagnosticBag diagnostics)
    {
        var path = isLink ? entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? entry.FullName : entry.FullName;
        var stamp = FileKind.Stamp(path);
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
            en: $"'{entry.Name}' is {en}, not a file; it was skipped — remove it from {Display}/",
            nb: $"«{entry.Name}» er {nb}, ikke en vanlig fil, og ble hoppet over – fjern den fra {Display}/",
            SourceLocation.StartOf(DisplayOf(entry.FullName)));
        return null;
    }

    /// <summary>
    /// A name with a line break or control character cannot be written in a link, a feed or a
    /// message line; the editor renames the file (the message shows the name escaped).
    /// </summary>
    private bool NameIsPlain(FileSystemInfo entry, DiagnosticBag diagnostics)
    {
        if (!entry.Name.Any(c => char.IsControl(c) || ForbiddenCharacters.IsForbidden(c) || c is '\u2028' or '\u2029'))
            return true;
        diagnostics.Error(DiagnosticCodes.InvalidText,
            en: $"the name '{entry.Name}' has a line break or an invisible control character; rename it",
            nb: $"navnet «{entry.Name}» har et linjeskift eller et usynlig kontrolltegn – gi {(entry is DirectoryInfo ? "mappen" : "filen")} et nytt navn",
            SourceLocation.StartOf(DisplayOf(entry.FullName)));
        return false;
    }

    private bool LinkStaysInside(FileSystemInfo entry, DiagnosticBag diagnostics)
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
                SourceLocation.StartOf(DisplayOf(entry.FullName)));
            return false;
        }
        var inside = target is { Exists: true } && IsInside(target.FullName);
        if (!inside)
            diagnostics.Error(DiagnosticCodes.InvalidLink,
                en: $"'{entry.Name}' is a symbolic link to '{entry.LinkTarget}', outside {Display}/; copy the file in instead",
                nb: $"«{entry.Name}» er en snarvei (symbolsk lenke) til «{entry.LinkTarget}», utenfor {Display}/ – kopier filen inn i stedet",
                SourceLocation.StartOf(DisplayOf(entry.FullName)));
        return inside;
    }

    private bool IsInside(string full) =>
        full.StartsWith(FullPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string Relative(string full) => Path.GetRelativePath(FullPath, full).Replace('\\', '/');

    private string DisplayOf(string full) => $"{Display}/{Relative(full)}";
}
