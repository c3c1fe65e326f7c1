using System.Runtime.InteropServices;

namespace SiteGen.Sources;

/// <summary>
/// Whether a path is a regular file, asked without opening it: opening a named pipe (mkfifo) for
/// reading blocks until someone writes to it, and a device may never end, so the build must know
/// what a file is before it reads one. .NET's FileInfo does not tell a pipe from a file.
/// </summary>
public static class FileKind
{
    public enum Kind { Regular, Directory, Link, Pipe, Socket, Device, Unknown }

    /// <summary>The kind of <paramref name="path"/> itself (a symbolic link is not followed).</summary>
    public static Kind Of(string path)
    {
        if (OperatingSystem.IsLinux())
            return Linux(path)?.Kind ?? Kind.Unknown;
        if (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
            return Bsd(path);
        // Windows has no pipes or devices in the file tree.
        return Directory.Exists(path) ? Kind.Directory : Kind.Regular;
    }

    public static bool IsRegular(string path) => Of(path) == Kind.Regular;

    /// <summary>
    /// The kind of <paramref name="path"/> and, where the system tells it in the same call (Linux), its stamp; elsewhere a
    /// stamp that is never settled, so the file is always read.
    /// </summary>
    public static FileStamp Stamp(string path) =>
        OperatingSystem.IsLinux() ? Linux(path) ?? FileStamp.Unsettled(Kind.Unknown) : FileStamp.Unsettled(Of(path));

    private static Kind FromMode(uint mode) => (mode & 0xF000) switch
    {
        0x8000 => Kind.Regular,
        0x4000 => Kind.Directory,
        0xA000 => Kind.Link,
        0x1000 => Kind.Pipe,
        0xC000 => Kind.Socket,
        0x2000 or 0x6000 => Kind.Device,
        _ => Kind.Unknown,
    };

    // statx has one layout on every Linux architecture (unlike struct stat): stx_mode is a u16 at byte 28, stx_ino and
    // stx_size u64s at 32 and 40, the change and modification times (s64 seconds, u32 nanoseconds) at 96 and 112, the
    // device's major and minor numbers u32s at 136 and 140.
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1, StatxTimes = 0x40 | 0x80, StatxInodeAndSize = 0x100 | 0x200;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    private static FileStamp? Linux(string path)
    {
        var buffer = new byte[256];
        const uint asked = StatxType | StatxTimes | StatxInodeAndSize;
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, asked, buffer) != 0)
            return null;
        var kind = FromMode(BitConverter.ToUInt16(buffer, 28));
        // A file system that cannot tell the times or the inode gives a stamp that is never settled: its files are always read.
        if ((BitConverter.ToUInt32(buffer, 0) & asked) != asked)
            return FileStamp.Unsettled(kind);
        static long Time(byte[] b, int at) => BitConverter.ToInt64(b, at) * 1_000_000_000 + BitConverter.ToUInt32(b, at + 8);
        var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        return new FileStamp(kind, BitConverter.ToInt64(buffer, 40), BitConverter.ToUInt64(buffer, 32), device, Time(buffer, 112), Time(buffer, 96));
    }

    // On macOS and FreeBSD, struct stat (64-bit inodes) starts with a 4-byte st_dev and then the u16 st_mode.
    [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
    private static extern int Lstat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    private static Kind Bsd(string path)
    {
        var buffer = new byte[512];
        if (Lstat(path, buffer) != 0)
            return Kind.Unknown;
        return FromMode(BitConverter.ToUInt16(buffer, 4));
    }
}
