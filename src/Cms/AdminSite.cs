using System.Collections.Immutable;
using System.Text;
using SiteGen.Config;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cms;

/// <summary>
/// /admin/: the web editor for librarians. Its page, its configuration made from the schema, and the
/// CMS program when installed. The public pages never load any of it; the page is noindex, is in no
/// sitemap or search index, and has a content security policy of its own.
/// </summary>
public static class AdminSite
{
    public const string Folder = "admin";

    public static bool IsAdminPath(string outputPath) => outputPath.StartsWith(Folder + "/", StringComparison.Ordinal);

    /// <summary>The page and configuration under admin/, with the CMS program (<see cref="CmsBundle.Files"/>; none when it is not installed).</summary>
    public static ImmutableArray<OutputFile> Files(SiteConfig site, CmsSettings cms, string inputPath, ImmutableArray<OutputFile> bundle)
    {
        var installed = bundle.Length > 0;
        return
        [
            new OutputFile(Folder + "/index.html", Encoding.UTF8.GetBytes(Page(site, cms, installed)), "the web editor (/admin/)"),
            new OutputFile(Folder + "/config.yml", Encoding.UTF8.GetBytes(CmsConfig.Write(site, cms, inputPath)), "the web editor (/admin/)"),
            .. bundle,
        ];
    }

    /// <summary>
    /// The policy the CMS needs and no more: its own scripts (Decap compiles its config schema with
    /// new Function, hence 'unsafe-eval', which the public pages never allow), the styles it injects,
    /// and connections only to this site, the local backend and the chosen Git host.
    /// </summary>
    public static string ContentSecurityPolicy(CmsSettings cms) =>
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + Hosts(cms.ImageOrigins()) +
        "; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'" + Hosts(cms.ConnectOrigins()) +
        "; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

    private static string Hosts(IEnumerable<string> origins) => string.Concat(origins.Distinct().Select(o => " " + o));

    private static string Page(SiteConfig site, CmsSettings cms, bool installed)
    {
        var title = Rendering.Html.Escape($"Redigering – {site.Title}");
        var body = installed
            ? "<script src=\"" + site.Url("/" + Folder + "/" + CmsBundle.Script) + "\"></script>"
            : "<main>\n<h1>Redigeringsverktøyet er ikke installert</h1>\n" +
              "<p>Nettstedet er bygd uten Decap CMS " + CmsBundle.Version + ". Den som bygger nettstedet, installerer det med " +
              "<code>" + Rendering.Html.Escape(CmsBundle.InstallCommand) + "</code> og bygger på nytt.</p>\n</main>";
        return $"""
            <!DOCTYPE html>
            <html lang="nb">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <meta http-equiv="Content-Security-Policy" content="{Rendering.Html.Escape(ContentSecurityPolicy(cms))}">
            <meta name="referrer" content="same-origin">
            <title>{title}</title>
            <link href="{site.Url("/" + Folder + "/config.yml")}" type="text/yaml" rel="cms-config-url">
            </head>
            <body>
            {body}
            </body>
            </html>

            """;
    }
}

/// <summary>Where the content folder is inside its repository, as the CMS addresses files.</summary>
public static class RepositoryPaths
{
    /// <summary>The input folder relative to the nearest folder above it with .git (a folder, or a file in a worktree); without one, its own name.</summary>
    public static string InputPath(string inputDir)
    {
        var input = new DirectoryInfo(Path.GetFullPath(inputDir));
        for (var dir = input.Parent; dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
                return Path.GetRelativePath(dir.FullName, input.FullName).Replace('\\', '/');
        }
        return input.Name;
    }
}
