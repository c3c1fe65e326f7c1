using System.Collections.Immutable;
using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cms;

/// <summary>
/// The Decap CMS program, copied from the npm package into admin/ so the editor runs from the site
/// itself and never from a CDN. Only the files the browser loads are copied (no source maps).
/// </summary>
public static class CmsBundle
{
    public const string Package = "decap-cms";
    public const string Version = "3.16.3";
    public const string Script = "decap-cms.js";

    /// <summary>Where tests/run.sh and the publish workflows install it, relative to the repository root.</summary>
    public const string DefaultDir = "tests/.tools/node_modules/decap-cms/dist";

    public const string InstallCommand = "npm install --prefix tests/.tools " + Package + "@" + Version;

    /// <summary>The bundle's files under admin/, or none (and a warning saying how to install it) when the folder has no bundle.</summary>
    public static ImmutableArray<OutputFile> Files(string? dir, DiagnosticBag diagnostics)
    {
        if (dir is null)
            return [];
        if (!File.Exists(Path.Combine(dir, Script)))
        {
            diagnostics.Warning(DiagnosticCodes.CmsNotInstalled,
                en: $"the web editor Decap CMS {Version} is not installed ({Path.Combine(dir, Script)} is missing), so /admin/ only says so; install it with: {InstallCommand}",
                nb: $"redigeringsverktøyet Decap CMS {Version} er ikke installert ({Path.Combine(dir, Script)} mangler), så /admin/ viser bare en forklaring – installer det med: {InstallCommand}",
                null);
            return [];
        }
        if (InstalledVersion(dir) is { } found && found != Version)
            diagnostics.Warning(DiagnosticCodes.CmsNotInstalled,
                en: $"the installed Decap CMS is version {found}, SiteGen's configuration is made for {Version}; install that with: {InstallCommand}",
                nb: $"installert Decap CMS er versjon {found}, men SiteGen lager oppsettet for {Version} – installer den med: {InstallCommand}",
                null);
        return [.. Directory.EnumerateFiles(dir)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsLoaded)
            .Order(StringComparer.Ordinal)
            .Select(name => new OutputFile("admin/" + name, File.ReadAllBytes(Path.Combine(dir, name)), $"{Package} {Version}"))];
    }

    /// <summary>
    /// Name, size and time of each file in the folder and of the package's manifest: what changes when npm installs another
    /// version. The preview reads the program (megabytes) again only when these changed.
    /// </summary>
    public static IReadOnlyList<(string Name, long Length, long WrittenTicks)> Stamps(string? dir)
    {
        if (dir is null || !Directory.Exists(dir))
            return [];
        return [.. new DirectoryInfo(dir).EnumerateFiles().Append(new FileInfo(Manifest(dir)))
            .Select(f => (f.Name, f.Exists ? f.Length : -1, f.Exists ? f.LastWriteTimeUtc.Ticks : 0))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>The main script, its lazily loaded chunks ("103.decap-cms.js"), their WebAssembly and the licence notice.</summary>
    private static bool IsLoaded(string name) =>
        name == Script || name == Script + ".LICENSE.txt" || name.EndsWith("." + Script, StringComparison.Ordinal) || name.EndsWith(".wasm", StringComparison.Ordinal);

    /// <summary>The npm package's manifest, beside the folder of its files: it says which version is installed.</summary>
    private static string Manifest(string dir) => Path.Combine(dir, "..", "package.json");

    private static string? InstalledVersion(string dir)
    {
        var manifest = Manifest(dir);
        if (!File.Exists(manifest))
            return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
            return json.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
