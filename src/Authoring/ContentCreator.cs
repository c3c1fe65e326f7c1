using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Site;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;
using SiteGen.Sources;
using SiteGen.Urls;

namespace SiteGen.Authoring;

/// <summary>What 'new' did: the file written and the line the new content starts on, or why nothing was written.</summary>
public sealed record CreateResult(string? Path, int Line, LocalizedText? Error)
{
    public static CreateResult Refused(string en, string nb) => new(null, 0, new LocalizedText(en, nb));
}

/// <summary>
/// Writes new news items, pages and deadline records into input/. It never overwrites: a file is
/// created with CreateNew, so even a race with another save cannot replace an editor's work.
/// </summary>
public static class ContentCreator
{
    public const string DeadlinesFile = "data/deadlines.yml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A file name made from a long title is cut at a hyphen: file systems allow 255 bytes, and an address stays readable.</summary>
    public const int MaxSlugLength = 80;

    private static string SlugOf(string title)
    {
        var slug = Slugs.FromTitle(ForbiddenCharacters.Replace(title)); // Unicode normalization refuses U+FFFE and lone surrogates
        if (slug.Length <= MaxSlugLength)
            return slug;
        var cut = slug[..MaxSlugLength];
        return (cut.LastIndexOf('-') is > 20 and var hyphen ? cut[..hyphen] : cut).Trim('-');
    }

    public static CreateResult News(string inputDir, string title, DateOnly today) =>
        SlugOf(title) is { Length: > 0 } slug
            ? CreateFile(Path.Combine(inputDir, "news", slug + ".md"), ContentTemplates.News(title, today))
            : NoSlug(title);

    public static CreateResult Page(string inputDir, string title)
    {
        var slug = SlugOf(title);
        if (slug.Length == 0)
            return NoSlug(title);
        if (SitePaths.Reserved.Contains(slug))
            return CreateResult.Refused($"the address /{slug}/ is used by the site itself; choose another title",
                $"adressen /{slug}/ brukes av nettstedet selv – velg en annen tittel");
        return CreateFile(Path.Combine(inputDir, "pages", slug + ".md"), ContentTemplates.Page(title));
    }

    /// <summary>Appends a deadline record to data/deadlines.yml, creating the file when there is none.</summary>
    public static CreateResult Deadline(string inputDir, string id, string title, string date, IReadOnlyList<string> audiences)
    {
        if (!Slugs.IsValid(id))
            return CreateResult.Refused($"the id '{id}' must be lower-case letters a-z, digits and hyphens, like '{Slugs.FromTitle(id)}'",
                $"id-en «{id}» kan bare ha små bokstaver a–z, tall og bindestrek – skriv for eksempel «{Slugs.FromTitle(id)}»");
        var path = Path.Combine(inputDir, DeadlinesFile);
        if (File.Exists(path) && !FileKind.IsRegular(path))
            return CreateResult.Refused($"{Display(path)} is not a regular file (a named pipe or device?); replace it with a text file",
                $"{Display(path)} er ikke en vanlig fil (et rør eller en enhetsfil?) – bytt den ut med en tekstfil");
        var existing = File.Exists(path) ? TextDecoder.NormalizeNewlines(File.ReadAllText(path)) : "";
        if (IdsIn(existing).Contains(id, StringComparer.OrdinalIgnoreCase))
            return CreateResult.Refused($"{Display(path)} already has a deadline with the id '{id}'; choose another id with --id",
                $"{Display(path)} har allerede en frist med id-en «{id}» – velg en annen id med --id");

        // "[]" is how an empty list is written; the new record replaces it rather than following it.
        var kept = existing.Trim() switch
        {
            "[]" => "",
            "deadlines: []" or "deadlines:" => DeadlineParser.FileKey + ":\n",
            _ => existing,
        };
        var separator = kept.Trim().Length == 0 || kept == DeadlineParser.FileKey + ":\n" ? "" : kept.EndsWith('\n') ? "\n" : "\n\n";
        var before = kept + separator;
        var record = Indent(ContentTemplates.Deadline(id, title, date, audiences), ListIndent(kept));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, before + record, Utf8);
        return new CreateResult(Display(path), before.Count(c => c == '\n') + 1, null);
    }

    private static CreateResult CreateFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            return CreateResult.Refused($"{Display(path)} already exists; edit that file, or choose another title",
                $"{Display(path)} finnes allerede – rediger den filen, eller velg en annen tittel");
        }
        return new CreateResult(Display(path), 1, null);
    }

    private static CreateResult NoSlug(string title) =>
        CreateResult.Refused($"cannot make a file name from the title '{title}'; use letters or digits",
            $"tittelen «{title}» kan ikke bli et filnavn – bruk bokstaver eller tall");

    /// <summary>Ids of the records already in the file; a file that does not parse is left to 'check' to report.</summary>
    private static IEnumerable<string> IdsIn(string text) =>
        DeadlineParser.RecordList(new YamlSource(DeadlinesFile, 1).Parse(text, new DiagnosticBag())) is { } list
            ? list.Children.Select(DeadlineFingerprint.IdOf).OfType<string>()
            : [];

    /// <summary>
    /// How far the records stand in: 0 in a bare list, and under "deadlines:" (the shape the CMS writes) as far
    /// as the records already there, or two spaces for a new list.
    /// </summary>
    private static int ListIndent(string text)
    {
        if (!text.TrimStart().StartsWith(DeadlineParser.FileKey + ":", StringComparison.Ordinal))
            return 0;
        var list = DeadlineParser.RecordList(new YamlSource(DeadlinesFile, 1).Parse(text, new DiagnosticBag()));
        return list is { Children.Count: > 0 } ? (int)list.Start.Column - 1 : 2;
    }

    private static string Indent(string text, int spaces) => spaces == 0
        ? text
        : string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : new string(' ', spaces) + line));

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }
}
