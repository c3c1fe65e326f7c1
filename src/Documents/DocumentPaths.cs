using SiteGen.Site;
using SiteGen.Urls;

namespace SiteGen.Documents;

/// <summary>Where a file from input/ is published, and how editors' relative paths are resolved.</summary>
public static class DocumentPaths
{
    /// <summary>
    /// The site path of a published file: input/files/x.pdf at /files/x.pdf; a file beside news items
    /// at /aktuelt/x.png and beside pages at /x.png, so it sits where the page that uses it lives.
    /// Null for files in other folders, which are not published.
    /// </summary>
    public static string? SitePathOf(string inputPath)
    {
        if (inputPath.StartsWith("files/", StringComparison.Ordinal))
            return SitePaths.File(inputPath["files/".Length..]);
        if (inputPath.StartsWith("news/", StringComparison.Ordinal))
            return $"/{SitePaths.NewsSection}/{inputPath["news/".Length..]}";
        if (inputPath.StartsWith("pages/", StringComparison.Ordinal))
            return "/" + inputPath["pages/".Length..];
        return null;
    }

    /// <summary>
    /// A relative path ("../files/x.pdf", "kart.png") taken from the folder of <paramref name="fromInputPath"/>
    /// (a file relative to input/, or null for input/ itself). Null when it climbs out of input/.
    /// </summary>
    public static string? Combine(string? fromInputPath, string relative)
    {
        var parts = new List<string>();
        var folder = fromInputPath is null ? "" : Path.GetDirectoryName(fromInputPath)?.Replace('\\', '/') ?? "";
        foreach (var part in (folder + "/" + relative).Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                        return null;
                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }
        return string.Join('/', parts);
    }
}
