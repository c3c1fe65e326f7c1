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
            return Linux(path);
        if (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
            return Bsd(path);
        // Windows has no pipes or devices in the file tree.
        return Directory.Exists(path) ? Kind.Directory : Kind.Regular;
    }

    public static bool IsRegular(string path) => Of(path) == Kind.Regular;

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

    // statx has one layout on every Linux architecture (unlike struct stat): stx_mode is a u16 at byte 28.
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    private static Kind Linux(string path)
    {
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            return Kind.Unknown;
        return FromMode(BitConverter.ToUInt16(buffer, 28));
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
