using System.Buffers;
using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>
/// Puts a file into the staging tree as a hard link to the previous site's copy when that copy has
/// exactly the new bytes, instead of writing it again: after an edit most of a site comes out the
/// same, and a link costs the kernel a name, not a new file and its data. The staging tree is then
/// swapped in and the previous one removed, so the link is soon the file's only name.
/// A file is never written once it may have a second name: new files are created with
/// <see cref="FileMode.CreateNew"/> (never opened if they exist), so no build can write through a
/// link into the previous tree, and nothing in the old tree is changed by linking to it.
/// </summary>
public static class UnchangedFiles
{
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);

    /// <summary>Hard links are POSIX link(2) here; elsewhere every file is written.</summary>
    public static bool CanLink => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();

    /// <summary>Links <paramref name="path"/> to <paramref name="previous"/> when that holds <paramref name="content"/>, else writes a new file.</summary>
    /// <returns>True when it was linked.</returns>
    public static bool LinkOrWrite(string? previous, string path, byte[] content)
    {
        if (previous is not null && CanLink && HasContent(previous, content) && Link(previous, path) == 0)
            return true;
        WriteNew(path, content);
        return false;
    }

    /// <summary>Writes a file that must not exist yet (a name that already exists is an error, not overwritten).</summary>
    public static void WriteNew(string path, byte[] content)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, content.Length);
        RandomAccess.Write(handle, content, 0);
    }

    /// <summary>True for a regular file (not a link, pipe or device) holding exactly these bytes.</summary>
    private static bool HasContent(string path, byte[] content)
    {
        if (Sources.FileKind.Of(path) != Sources.FileKind.Kind.Regular)
            return false;
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (RandomAccess.GetLength(handle) != content.Length)
                return false;
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(content.Length, 1));
            try
            {
                var read = 0;
                while (read < content.Length)
                {
                    var n = RandomAccess.Read(handle, buffer.AsSpan(read, content.Length - read), read);
                    if (n == 0)
                        return false;
                    read += n;
                }
                return buffer.AsSpan(0, content.Length).SequenceEqual(content);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable: written afresh
        }
    }
}
