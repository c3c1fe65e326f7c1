namespace SiteGen.Documents;

/// <summary>
/// What kind of file a download is, as readers see it in the label ("PDF", "DOCX") and browsers in
/// the link's <c>type</c> attribute.
/// </summary>
/// <param name="Label">The short name shown in the label, as Norwegian public sites write it.</param>
/// <param name="MediaType">The MIME type, for <c>type="…"</c>.</param>
/// <param name="IsImage">Shown in pages with <c>![alt](…)</c> rather than offered as a download.</param>
/// <param name="OpensInBrowser">Browsers show it themselves; otherwise the link asks to download it.</param>
public sealed record FileType(string Label, string MediaType, bool IsImage, bool OpensInBrowser)
{
    private static readonly Dictionary<string, FileType> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = new("PDF", "application/pdf", false, true),
        ["doc"] = new("DOC", "application/msword", false, false),
        ["docx"] = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, false),
        ["xls"] = new("XLS", "application/vnd.ms-excel", false, false),
        ["xlsx"] = new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, false),
        ["ppt"] = new("PPT", "application/vnd.ms-powerpoint", false, false),
        ["pptx"] = new("PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false, false),
        ["odt"] = new("ODT", "application/vnd.oasis.opendocument.text", false, false),
        ["ods"] = new("ODS", "application/vnd.oasis.opendocument.spreadsheet", false, false),
        ["odp"] = new("ODP", "application/vnd.oasis.opendocument.presentation", false, false),
        ["rtf"] = new("RTF", "application/rtf", false, false),
        ["epub"] = new("EPUB", "application/epub+zip", false, false),
        ["zip"] = new("ZIP", "application/zip", false, false),
        ["csv"] = new("CSV", "text/csv", false, false),
        ["txt"] = new("TXT", "text/plain", false, true),
        ["png"] = new("PNG", "image/png", true, true),
        ["jpg"] = new("JPG", "image/jpeg", true, true),
        ["jpeg"] = new("JPG", "image/jpeg", true, true),
        ["gif"] = new("GIF", "image/gif", true, true),
        ["webp"] = new("WEBP", "image/webp", true, true),
        ["svg"] = new("SVG", "image/svg+xml", true, true),
        ["mp3"] = new("MP3", "audio/mpeg", false, true),
        ["mp4"] = new("MP4", "video/mp4", false, true),
    };

    public bool IsPdf => MediaType == "application/pdf";

    /// <summary>The type of a file by its extension; an unknown one is named by its extension and downloaded.</summary>
    public static FileType Of(string fileName)
    {
        var extension = Path.GetExtension(fileName).TrimStart('.');
        if (ByExtension.TryGetValue(extension, out var known))
            return known;
        return extension.Length == 0
            ? new FileType("fil", "application/octet-stream", false, false)
            : new FileType(extension.ToUpperInvariant(), "application/octet-stream", false, false);
    }
}
