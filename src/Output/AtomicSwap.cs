using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>
/// Exchanges two folders in one step, so there is no moment without a whole site at the output
/// path, even when the build is killed: Linux's renameat2(RENAME_EXCHANGE). Where that is missing
/// (another system, or a file system without it) it falls back to two renames; a build killed
/// between them leaves the old site under the retired name, and the next build puts it back.
/// </summary>
public static class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath,
        int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);

    /// <summary>Puts <paramref name="staging"/> at <paramref name="target"/> and the old <paramref name="target"/> at <paramref name="retired"/>.</summary>
    /// <returns>True when it was one atomic step.</returns>
    public static bool Exchange(string staging, string target, string retired)
    {
        if (OperatingSystem.IsLinux() && TryExchange(staging, target))
        {
            Directory.Move(staging, retired); // staging now holds the old site
            return true;
        }
        Directory.Move(target, retired);
        Directory.Move(staging, target);
        return false;
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a libc without renameat2 (glibc before 2.28, musl before 1.2.?)
        }
    }
}
