using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SiteGen.Bench.Corpus;

/// <summary>Small one- or two-page PDFs made with PdfPig's builder, with a title in the document information.</summary>
public static partial class Pdfs
{
    public static byte[] Make(string title, IEnumerable<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 780.0;
        page.AddText(Latin(title), 16, new PdfPoint(50, y), font);
        foreach (var line in lines)
        {
            y -= 18;
            if (y < 60)
            {
                page = builder.AddPage(PageSize.A4);
                y = 780;
            }
            page.AddText(Latin(line), 11, new PdfPoint(50, y), font);
        }
        return WithFixedId(builder.Build(), title);
    }

    /// <summary>
    /// PdfPig puts random GUIDs in the trailer's /ID; a hash of the title takes their place (same length,
    /// after the cross-reference table, so no offset moves) and the same seed gives the same bytes.
    /// </summary>
    private static byte[] WithFixedId(byte[] pdf, string title)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(title)));
        var fixedId = IdPattern().Replace(text, $"/ID [ <{hex[..32]}><{hex[32..]}>]", 1);
        return Encoding.Latin1.GetBytes(fixedId);
    }

    [GeneratedRegex(@"/ID \[ ?<[0-9A-Fa-f]{32}> ?<[0-9A-Fa-f]{32}> ?\]")]
    private static partial Regex IdPattern();

    /// <summary>PdfPig's standard Helvetica has no glyph for æ, ø or å; the drawn text spells them out.</summary>
    private static string Latin(string text) => text
        .Replace("æ", "ae").Replace("ø", "oe").Replace("å", "aa").Replace("Æ", "Ae").Replace("Ø", "Oe").Replace("Å", "Aa");
}
