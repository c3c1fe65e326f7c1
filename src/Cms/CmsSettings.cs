using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Yaml;
using SiteGen.Sources;

namespace SiteGen.Cms;

/// <summary>
/// site.yml 'cms:': where the web editor (/admin/) saves. Without it the editor works only with the
/// local backend on the editor's own machine; with it, on GitHub (sign-in through an OAuth endpoint)
/// or GitLab (PKCE sign-in, no server of its own).
/// </summary>
public sealed record CmsSettings(string? Backend, string? Repo, string Branch, string? BaseUrl, string? AuthEndpoint, string? AppId, string? ApiRoot, int LocalPort)
{
    public const string Key = "cms";
    public const int DefaultLocalPort = 8081; // decap-server's own default

    public static readonly CmsSettings LocalOnly = new(null, null, "main", null, null, null, null, DefaultLocalPort);

    private static readonly string[] KnownKeys = ["backend", "repo", "branch", "base_url", "auth_endpoint", "app_id", "api_root", "local_port"];

    /// <summary>Reads 'cms:' from site.yml; problems are errors at their line. Site.yml's own errors are reported by the config loader.</summary>
    public static CmsSettings Read(SourceFile? siteConfig, DiagnosticBag diagnostics)
    {
        if (siteConfig is null)
            return LocalOnly;
        var quiet = new DiagnosticBag();
        var text = TextDecoder.Decode(siteConfig, quiet);
        var source = new YamlSource(siteConfig.DisplayPath, 1);
        var root = text is null ? null : YamlMap.From(source, source.Parse(text, quiet), quiet, new("site.yml", "site.yml"));
        if (root is null || !root.Has(Key))
            return LocalOnly;
        var map = YamlMap.From(source, root.ValueNode(Key), diagnostics, new("'cms'", "«cms»"));
        return map is null ? LocalOnly : Read(map);
    }

    private static CmsSettings Read(YamlMap map)
    {
        foreach (var key in map.Keys.Where(k => !KnownKeys.Contains(k)))
            map.Diagnostics.Warning(DiagnosticCodes.UnknownValue,
                en: $"unknown field '{key}' under 'cms' is ignored (known: {string.Join(", ", KnownKeys)})",
                nb: $"feltet «{key}» under «cms» brukes ikke og blir hoppet over – sjekk stavemåten (disse feltene finnes: {string.Join(", ", KnownKeys.Select(k => $"«{k}»"))})",
                map.KeyLocation(key));
        var backend = map.String("backend")?.Trim().ToLowerInvariant();
        if (backend is not (null or "github" or "gitlab"))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidConfig,
                en: $"'cms: backend' must be github or gitlab, found '{backend}'",
                nb: $"«backend» under «cms» kan være github eller gitlab, men er «{backend}»", map.LocationOf("backend"));
            backend = null;
        }
        var repo = map.String("repo")?.Trim();
        if (backend is not null && (repo is null || !repo.Contains('/')))
            map.Diagnostics.Error(DiagnosticCodes.InvalidConfig,
                en: $"'cms: repo' must name the repository as owner/name (for example biblioteket/nettsted) when 'backend' is {backend}",
                nb: $"med «backend: {backend}» må «repo» under «cms» si hvilket repository nettstedet ligger i, som eier/navn (for eksempel biblioteket/nettsted)",
                map.Has("repo") ? map.LocationOf("repo") : map.Location);
        var appId = map.String("app_id")?.Trim();
        if (backend == "gitlab" && appId is null)
            map.Diagnostics.Error(DiagnosticCodes.InvalidConfig,
                en: "'cms: app_id' is needed for GitLab: the Application ID of the OAuth application (User settings → Applications) used for PKCE sign-in",
                nb: "GitLab trenger «app_id» under «cms»: «Application ID» for OAuth-applikasjonen (User settings → Applications) som brukes til innlogging med PKCE",
                map.Location);
        var baseUrl = Address(map, "base_url");
        var apiRoot = Address(map, "api_root");
        var port = map.Int("local_port") ?? DefaultLocalPort;
        if (port is < 1 or > 65535)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidConfig, en: $"'cms: local_port' must be a port number 1–65535, found {port}",
                nb: $"«local_port» under «cms» må være et portnummer fra 1 til 65535, men er {port}", map.LocationOf("local_port"));
            port = DefaultLocalPort;
        }
        return new CmsSettings(backend, repo, map.String("branch")?.Trim() ?? "main", baseUrl, map.String("auth_endpoint")?.Trim(), appId, apiRoot, port);
    }

    private static string? Address(YamlMap map, string key)
    {
        var text = map.String(key)?.Trim();
        if (text is null)
            return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == "https")
            return text.TrimEnd('/');
        map.Diagnostics.Error(DiagnosticCodes.InvalidConfig,
            en: $"'cms: {key}' must be a full https:// address, found '{text}'",
            nb: $"«{key}» under «cms» må være en hel https://-adresse, men er «{text}»", map.LocationOf(key));
        return null;
    }

    /// <summary>Where the CMS shows images from besides this site: the Git host's avatars and raw files.</summary>
    public IEnumerable<string> ImageOrigins()
    {
        if (Backend == "github")
        {
            yield return "https://avatars.githubusercontent.com";
            yield return "https://raw.githubusercontent.com";
        }
        if (Backend == "gitlab")
            yield return ApiRoot is null ? "https://gitlab.com" : new Uri(ApiRoot).GetLeftPart(UriPartial.Authority);
    }

    /// <summary>The origin the browser talks to for saving: the API of the chosen host, for the admin page's CSP.</summary>
    public IEnumerable<string> ConnectOrigins()
    {
        yield return $"http://127.0.0.1:{LocalPort}";
        yield return $"http://localhost:{LocalPort}";
        if (Backend == "github")
            yield return "https://api.github.com";
        if (Backend == "gitlab")
            yield return ApiRoot is null ? "https://gitlab.com" : new Uri(ApiRoot).GetLeftPart(UriPartial.Authority);
        if (BaseUrl is not null)
            yield return new Uri(BaseUrl).GetLeftPart(UriPartial.Authority);
    }
}
