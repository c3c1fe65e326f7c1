using System.Globalization;

namespace SiteGen.Sources;

/// <summary>
/// What the system says of a file without opening it, as git's index keeps it: kind, size, inode and the two times.
/// A write changes the change time (which no tool can set back, unlike the modification time), a save that replaces
/// the file changes the inode, so an unchanged stamp means unchanged bytes, with one exception git calls "racy": two
/// writes within the file system's clock tick, the second after the file was read. A stamp younger than
/// <see cref="Settle"/> is therefore never trusted.
/// </summary>
public readonly record struct FileStamp(FileKind.Kind Kind, long Size, ulong Inode, ulong Device, long Modified, long Changed)
{
    /// <summary>How old a file's last change must be before its stamp stands for its bytes: far above any file system's clock tick (FAT's is 2 s).</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    /// <summary>A stamp for a file whose times are not known: never settled, so the file is always read.</summary>
    public static FileStamp Unsettled(FileKind.Kind kind) => new(kind, 0, 0, 0, long.MaxValue, long.MaxValue);

    /// <summary>True when the file last changed more than <see cref="Settle"/> before <paramref name="now"/>.</summary>
    public bool IsSettled(DateTimeOffset now)
    {
        var limit = (now - Settle).ToUnixTimeMilliseconds() * 1_000_000;
        return Modified < limit && Changed < limit;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}:{Size}:{Device}:{Inode}:{Modified}:{Changed}");
}
