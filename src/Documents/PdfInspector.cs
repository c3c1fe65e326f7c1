using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Sources;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace SiteGen.Documents;

/// <summary>
/// Reads page count, title, language, tagging and the words (for the search index) from a PDF's
/// bytes (already in memory), opening it once. A file PdfPig cannot read is a warning, not a failed
/// build: the file is still published, only without a page count.
/// </summary>
public static class PdfInspector
{
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    public static PdfFacts? Inspect(byte[] bytes, SourceLocation location, DiagnosticBag diagnostics)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes, Options);
            var catalog = pdf.Structure.Catalog.CatalogDictionary;
            var scanner = pdf.Structure.TokenScanner;
            return new PdfFacts(
                pdf.NumberOfPages,
                Clean(pdf.Information.Title),
                catalog.TryGet(NameToken.Lang, out var lang) && DirectObjectFinder.TryGet<StringToken>(lang, scanner, out var langText) ? Clean(langText.Data) : null,
                IsTagged(catalog, scanner),
                pdf.Information.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.Date) : null,
                Words(pdf));
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Warning(DiagnosticCodes.UnreadableDocument,
                en: "the PDF is protected with a password, so its pages and title cannot be read; many readers cannot open it either. Publish it without a password",
                nb: "PDF-en er beskyttet med passord, så sidene og tittelen kan ikke leses, og mange lesere får ikke åpnet den – publiser den uten passord",
                location);
            return null;
        }
        // PdfPig reports a damaged file with many exception types (format, index, null reference
        // deep in a parser); any of them means "cannot read this file", never "stop the build".
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Warning(DiagnosticCodes.UnreadableDocument,
                en: $"the file does not look like a valid PDF ({e.Message.TrimEnd('.')}); check that it opens, and save or export it again",
                nb: $"filen ser ikke ut som en gyldig PDF (PDF-leseren sier: «{e.Message.TrimEnd('.')}») – sjekk at den kan åpnes, og lagre eller eksporter den på nytt",
                location);
            return null;
        }
    }

    /// <summary>A page whose words PdfPig cannot read leaves the search without the file's text, nothing more: the facts above still hold.</summary>
    private static string Words(PdfDocument pdf)
    {
        try
        {
            return string.Join("\n", pdf.GetPages().Select(page => string.Join(' ', page.GetWords().Select(w => w.Text))));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "";
        }
    }

    /// <summary>
    /// PDF 1.7 §14.8: a tagged PDF has /MarkInfo &lt;&lt;/Marked true&gt;&gt; in its catalog, and the tags
    /// themselves live under /StructTreeRoot. Either alone does not give screen readers a structure.
    /// </summary>
    private static bool IsTagged(DictionaryToken catalog, UglyToad.PdfPig.Tokenization.Scanner.IPdfTokenScanner scanner) =>
        catalog.ContainsKey(NameToken.StructTreeRoot)
        && catalog.TryGet(NameToken.MarkInfo, out var markInfo)
        && DirectObjectFinder.TryGet<DictionaryToken>(markInfo, scanner, out var info)
        && info.TryGet(NameToken.Marked, out var marked)
        && marked is BooleanToken { Data: true };

    // A PDF's metadata is written by any tool; control characters in it would break the feeds and the search index.
    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : ForbiddenCharacters.Replace(text.Replace('\0', ' ')).Trim();
}
