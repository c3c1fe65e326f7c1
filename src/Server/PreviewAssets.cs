using System.Collections.Frozen;
using System.Net;

namespace SiteGen.Server;

/// <summary>
/// The preview's own files, under a path no site uses (<see cref="Prefix"/>): the reload script,
/// the panel's style and the event stream. They are files rather than inline code because the
/// site's pages carry a Content-Security-Policy (<c>script-src 'self'; style-src 'self'</c>) that
/// refuses inline scripts and styles; files from the same origin are allowed, so the preview works
/// under the very policy the published site has, and the policy is never loosened.
/// </summary>
public static class PreviewAssets
{
    /// <summary>Reserved for the preview: a site's own file under this path is not reachable in 'serve'.</summary>
    public const string Prefix = "/__sitegen/";

    public const string ScriptPath = Prefix + "preview.js";
    public const string StylePath = Prefix + "preview.css";

    private static readonly FrozenDictionary<string, (string ContentType, byte[] Bytes)> Files = new Dictionary<string, (string, byte[])>
    {
        [ScriptPath] = (MediaTypes.Of(".js"), Read("preview.js")),
        [StylePath] = (MediaTypes.Of(".css"), Read("preview.css")),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsReserved(string? path) => path is not null && path.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The script or style at a reserved path, or false for any other path.</summary>
    public static bool TryGet(string path, out string contentType, out byte[] bytes)
    {
        var found = Files.TryGetValue(path, out var file);
        (contentType, bytes) = found ? file : ("", []);
        return found;
    }

    /// <summary>What goes at the end of a page's &lt;head&gt;: the panel's style and the reload script, which reads the page's version from its data attribute.</summary>
    public static string Head(string pageVersion) =>
        $"<link rel=\"stylesheet\" href=\"{StylePath}\" id=\"sitegen-preview-style\">" +
        $"<script src=\"{ScriptPath}\" id=\"sitegen-live-reload\" data-version=\"{WebUtility.HtmlEncode(pageVersion)}\" data-events=\"{LiveReload.EventsPath}\" defer></script>";

    private static byte[] Read(string name)
    {
        using var stream = typeof(PreviewAssets).Assembly.GetManifestResourceStream("SiteGen.Server.Assets." + name)
                           ?? throw new InvalidOperationException($"the preview's {name} is missing from the program (SiteGen.csproj embeds src/Server/Assets/)");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
