using System.Collections.Frozen;

namespace SiteGen.Server;

/// <summary>
/// The Content-Type for each kind of file the site publishes, with an explicit charset on text so
/// a browser never guesses (and never shows "Ã¸" for "ø"). Unknown kinds are plain bytes.
/// </summary>
public static class MediaTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string Fallback = "application/octet-stream";

    private static readonly FrozenDictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = Html,
        [".htm"] = Html,
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".xml"] = "application/xml",
        [".rss"] = "application/rss+xml",
        [".atom"] = "application/atom+xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".webmanifest"] = "application/manifest+json",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".zip"] = "application/zip",
        [".yml"] = "text/yaml; charset=utf-8",
        [".yaml"] = "text/yaml; charset=utf-8",
        [".wasm"] = "application/wasm",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Of(string path) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(path), Fallback);

    public static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);
}
