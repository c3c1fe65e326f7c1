using UglyToad.PdfPig;

namespace SiteGen.Documents;

/// <summary>
/// The words of a PDF, for the search index: page by page, in the order PdfPig finds them. A file
/// PdfPig cannot read gives no text (the document check already warns about it).
/// </summary>
public static class PdfText
{
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    public static string Extract(byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes, Options);
            return string.Join("\n", pdf.GetPages().Select(page => string.Join(' ', page.GetWords().Select(w => w.Text))));
        }
        // The same reasoning as PdfInspector: any PdfPig failure means "no text", never "stop the build".
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "";
        }
    }
}
