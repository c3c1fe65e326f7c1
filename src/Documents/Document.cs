using SiteGen.Diagnostics;

namespace SiteGen.Documents;

/// <summary>
/// A file the site publishes as it is: everything under input/files/, and files placed beside the
/// news items and pages that use them. Read once from the bytes in memory; what a sidecar
/// "name.pdf.yml" says wins over what the file says about itself.
/// </summary>
/// <param name="InputPath">Path relative to input/, '/' separators: "files/presentasjon.pdf".</param>
/// <param name="SitePath">Where it is published, unescaped: "/files/presentasjon.pdf".</param>
/// <param name="Pages">Page count of a readable PDF; null for other types.</param>
/// <param name="Title">From the sidecar, else the PDF's own title; null when neither has one.</param>
/// <param name="Tagged">Whether a PDF is tagged (has a structure tree screen readers follow); null for other types.</param>
/// <param name="Text">A PDF's words, for the search index; "" for other types and for a PDF whose text cannot be read.</param>
public sealed record Document(
    string InputPath,
    string SitePath,
    string DisplayPath,
    FileType Type,
    long Size,
    int? Pages,
    string? Title,
    string? Description,
    string? Language,
    DateOnly? Date,
    bool? Tagged,
    string Text,
    byte[] Bytes)
{
    public string FileName => Path.GetFileName(InputPath);

    /// <summary>The path under output/: "files/presentasjon.pdf".</summary>
    public string OutputPath => SitePath.TrimStart('/');

    /// <summary>The site path as it goes in an href, each segment percent-encoded ("/files/m%C3%B8te.pdf").</summary>
    public string UrlPath => string.Join('/', SitePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>What the site calls it: the title, or the file name when there is none.</summary>
    public string DisplayTitle => Title ?? FileName;

    /// <summary>"(PDF, 12 sider, 1,2 MB)": added inside every link to the file, so screen readers read it too.</summary>
    public string Label => Pages is { } pages
        ? $"({Type.Label}, {pages} {(pages == 1 ? "side" : "sider")}, {FileSizeText.Format(Size)})"
        : $"({Type.Label}, {FileSizeText.Format(Size)})";

    public SourceLocation Location => SourceLocation.StartOf(DisplayPath);
}
