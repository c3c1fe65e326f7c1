using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SiteGen.Tests.Support;

/// <summary>
/// Small PDFs made in memory with PdfPig. They are untagged and have no language (PdfDocumentBuilder
/// cannot write either); for a tagged PDF, use the real site's files.
/// </summary>
public static class TestPdf
{
    public static byte[] Make(int pages = 1, string? title = null)
    {
        using var builder = new PdfDocumentBuilder();
        if (title is not null)
            builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++)
            builder.AddPage(PageSize.A4).AddText($"Side {i}", 12, new PdfPoint(50, 700), font);
        return builder.Build();
    }

    /// <summary>A real, tagged PDF with title and language (nb-NO): 2 pages.</summary>
    public static byte[] Tagged() => File.ReadAllBytes(Path.Combine(RepoPaths.Input, "files", "argumenter-for-felles-innkjop.pdf"));

    /// <summary>Bytes of an exact length, for size labels of files that need no parsing (DOCX, ZIP).</summary>
    public static byte[] OfLength(int length) => new byte[length];
}
