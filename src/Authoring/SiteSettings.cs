using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Sources;

namespace SiteGen.Authoring;

/// <summary>
/// The little of site.yml that 'new' needs: the time zone that decides what "today" is, and the
/// audiences to offer for a deadline. A missing or broken site.yml falls back to Europe/Oslo; the
/// build reports what is wrong with it.
/// </summary>
public sealed record SiteSettings(string InputDir, TimeZoneInfo TimeZone, IReadOnlyList<string> Audiences)
{
    public const string DefaultTimeZone = "Europe/Oslo";

    public DateOnly Today(DateTimeOffset now) => new Time.SiteTime(now, TimeZone).Today;

    /// <summary>Null when the input folder does not exist.</summary>
    public static SiteSettings? Read(string inputDir)
    {
        if (!Directory.Exists(inputDir))
            return null;
        var path = Path.Combine(inputDir, "site.yml");
        var file = File.Exists(path) && FileKind.IsRegular(path) ? new SourceFile("site.yml", path, File.ReadAllBytes(path)) : null;
        var config = file is null ? null : ConfigLoader.Load(file, null, inputDir, new DiagnosticBag());
        return config is null
            ? new SiteSettings(inputDir, TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZone), [])
            : new SiteSettings(inputDir, config.TimeZone, [.. config.Audiences.Select(a => a.Key)]);
    }
}
