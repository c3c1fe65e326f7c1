using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Yaml;
using SiteGen.Sources;
using SiteGen.Time;

namespace SiteGen.Documents;

/// <summary>
/// "name.pdf.yml" beside "name.pdf": what the editor says about the file. It wins over the file's
/// own metadata, which is often a leftover ("Microsoft Word - Dokument1").
/// </summary>
public sealed record DocumentSidecar(string? Title, string? Description, string? Language, DateOnly? Date)
{
    public const string Extension = ".yml";

    public static readonly string[] KnownKeys = ["title", "description", "language", "date"];

    public static DocumentSidecar? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Decode(file, diagnostics);
        if (text is null)
            return null;
        var source = new YamlSource(file.DisplayPath, 1);
        var node = source.Parse(text, diagnostics);
        if (node is null || YamlValues.IsNull(node))
            return new DocumentSidecar(null, null, null, null);
        var map = YamlMap.From(source, node, diagnostics, new("the file's metadata", "beskrivelsesfilen"));
        if (map is null)
            return null;
        foreach (var key in map.Keys.Where(k => !KnownKeys.Contains(k)))
            diagnostics.Warning(DiagnosticCodes.UnknownValue,
                en: $"unknown field '{key}' is ignored (known: {string.Join(", ", KnownKeys)})",
                nb: $"feltet «{key}» brukes ikke og blir hoppet over – sjekk stavemåten (disse feltene finnes: {string.Join(", ", KnownKeys.Select(k => $"«{k}»"))})",
                map.KeyLocation(key));
        return new DocumentSidecar(
            map.String("title")?.Trim(),
            map.String("description")?.Trim(),
            map.String("language")?.Trim(),
            DateReader.Read(map, "date")?.Date);
    }
}
