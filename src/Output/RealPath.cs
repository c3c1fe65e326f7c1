namespace SiteGen.Output;

/// <summary>
/// A path with every symbolic link along it resolved, so two names for one folder compare equal
/// (`input-link` and `input`). Parts that do not exist yet are kept as written.
/// </summary>
public static class RealPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            for (var hops = 0; hops < 40; hops++) // the kernel's own limit on links in a row
            {
                var info = new FileInfo(next);
                if (info.LinkTarget is null)
                    break;
                next = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next) ?? root, info.LinkTarget));
            }
            current = next;
        }
        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }
}
