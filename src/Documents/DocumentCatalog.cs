using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Sources;

namespace SiteGen.Documents;

/// <summary>
/// Reads every published file (input/files/ and files beside news and pages) into a
/// <see cref="Document"/>: type, size, and for PDFs the pages, title, language, tagging and words, with
/// a warning naming the file for each thing that keeps a PDF from being universally designed.
/// </summary>
public static class DocumentCatalog
{
    /// <summary>Every published file with its sidecar, if it has one; the sidecars themselves are not published.</summary>
    public static IReadOnlyList<(SourceFile File, SourceFile? Sidecar)> Published(SourceSet sources, DiagnosticBag diagnostics)
    {
        var files = sources.Files.AddRange(sources.ContentFiles);
        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        return [.. files
            .Where(f => !IsSidecar(f, byPath, diagnostics))
            .Select(f => (f, byPath.GetValueOrDefault(f.RelativePath + DocumentSidecar.Extension)))];
    }

    public static Document Read(SourceFile file, SourceFile? sidecarFile, DiagnosticBag diagnostics)
    {
        var type = FileType.Of(file.RelativePath);
        var location = SourceLocation.StartOf(file.DisplayPath);
        var sidecar = sidecarFile is null ? null : DocumentSidecar.Parse(sidecarFile, diagnostics);
        var pdf = type.IsPdf ? PdfInspector.Inspect(file.Bytes, location, diagnostics) : null;
        if (pdf is not null)
            WarnAboutAccessibility(pdf, sidecar, location, diagnostics);
        return new Document(
            file.RelativePath,
            DocumentPaths.SitePathOf(file.RelativePath) ?? throw new InvalidOperationException($"{file.RelativePath} is not in a published folder"),
            file.DisplayPath,
            type,
            file.Bytes.LongLength,
            pdf?.Pages,
            sidecar?.Title ?? pdf?.Title,
            sidecar?.Description,
            sidecar?.Language ?? pdf?.Language,
            sidecar?.Date ?? pdf?.Created,
            pdf?.Tagged,
            pdf?.Text ?? "",
            file.Bytes);
    }

    /// <summary>
    /// The checks look at the PDF itself, not the sidecar: readers who open the file get what the file
    /// says, whatever the site shows around the link.
    /// </summary>
    private static void WarnAboutAccessibility(PdfFacts pdf, DocumentSidecar? sidecar, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (pdf.Title is null)
            diagnostics.Warning(DiagnosticCodes.PdfWithoutTitle,
                en: "the PDF has no document title, so PDF viewers and screen readers show the file name instead" +
                    (sidecar?.Title is null ? "" : " (the site uses the title from the .yml file, but the PDF needs its own)") +
                    "; set the title in the program that made it (Word: File > Info > Properties > Title) and save the PDF again",
                nb: "PDF-en har ingen dokumenttittel, så PDF-lesere og skjermlesere viser filnavnet i stedet" +
                    (sidecar?.Title is null ? "" : " (nettstedet bruker tittelen fra .yml-filen, men PDF-en trenger sin egen)") +
                    " – skriv inn tittelen i programmet den ble laget i (Word: Fil > Informasjon > Egenskaper > Tittel) og lagre PDF-en på nytt",
                location);
        if (pdf.Language is null)
            diagnostics.Warning(DiagnosticCodes.PdfWithoutLanguage,
                en: "the PDF has no document language, so screen readers may read the Norwegian text with the wrong pronunciation; " +
                    "set the language (Word: Review > Language) and save the PDF again",
                nb: "PDF-en har ikke noe dokumentspråk, så skjermlesere kan lese den norske teksten med feil uttale – " +
                    "velg språk (Word: Se gjennom > Språk) og lagre PDF-en på nytt",
                location);
        if (!pdf.Tagged)
            diagnostics.Warning(DiagnosticCodes.PdfNotTagged,
                en: "the PDF is not tagged: it has no structure of headings, lists and reading order for screen readers; " +
                    "export it again with tags turned on (Word: Save as PDF > Options > 'Document structure tags for accessibility')",
                nb: "PDF-en er ikke tagget: den mangler strukturen skjermlesere trenger (overskrifter, lister og leserekkefølge) – " +
                    "lagre den som PDF på nytt med tagger slått på (Word: Lagre som PDF > Alternativer > «Dokumentstrukturkoder for tilgjengelighet»; LibreOffice: «Tagget PDF»)",
                location);
    }

    /// <summary>"x.pdf.yml" is the metadata of "x.pdf", read but not published. One whose file is missing is a mistake worth a warning.</summary>
    private static bool IsSidecar(SourceFile file, Dictionary<string, SourceFile> byPath, DiagnosticBag diagnostics)
    {
        if (!file.RelativePath.EndsWith(DocumentSidecar.Extension, StringComparison.Ordinal))
            return false;
        var described = file.RelativePath[..^DocumentSidecar.Extension.Length];
        if (byPath.ContainsKey(described))
            return true;
        if (Path.GetExtension(described).Length == 0)
            return false; // plain "data.yml": a download like any other
        diagnostics.Warning(DiagnosticCodes.SidecarWithoutFile,
            en: $"this looks like the metadata of '{Path.GetFileName(described)}', but there is no such file beside it; rename it after its file or remove it",
            nb: $"dette ser ut som beskrivelsen av «{Path.GetFileName(described)}», men den filen ligger ikke ved siden av – gi den samme navn som filen den beskriver, eller slett den",
            SourceLocation.StartOf(file.DisplayPath));
        return true;
    }
}
