namespace SiteGen;

/// <summary>
/// Everything a build depends on besides the files. <see cref="Now"/> is the build's only clock, so a
/// fixed value (from --now or SOURCE_DATE_EPOCH) gives byte-identical output. <see cref="UseGitHistory"/>
/// lets calendar stamps come from git; tests of fixtures inside this repository turn it off.
/// <see cref="Timings"/>, when given, records how long each phase took. <see cref="Cache"/> lets a
/// process that rebuilds the site (the preview server) reuse the rendering and link check of unchanged pages.
/// <see cref="CmsBundleDir"/> is the folder of the installed Decap CMS program copied into admin/; null leaves it out
/// without a word (tests), a folder without it gives a warning.
/// </summary>
public sealed record BuildOptions(
    string InputDir,
    string ThemeDir,
    DateTimeOffset Now,
    string? BaseUrlOverride = null,
    bool IncludeDrafts = false,
    string? DisplayRoot = null,
    bool UseGitHistory = true,
    IProgress<string>? Progress = null,
    BuildTimings? Timings = null,
    Incremental.BuildCache? Cache = null,
    string? CmsBundleDir = null)
{
    /// <summary>
    /// The clock a rebuild judges the files' stamps by (see <see cref="Sources.FileStamp"/>): the system's. Tests move it ahead, so
    /// that files they have just written count as settled and a rebuild reuses what it read of them.
    /// </summary>
    internal Func<DateTimeOffset> FileClock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>How a path is shown in messages: relative to the display root (the working folder) when inside it.</summary>
    public string DisplayPath(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var root = Path.GetFullPath(DisplayRoot ?? Directory.GetCurrentDirectory()).TrimEnd(Path.DirectorySeparatorChar);
        if (full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return Path.GetRelativePath(root, full).Replace('\\', '/');
        return full.Replace('\\', '/');
    }
}
