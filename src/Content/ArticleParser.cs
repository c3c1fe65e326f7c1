using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Sources;
using SiteGen.Time;
using SiteGen.Urls;
using SiteGen.Yaml;

namespace SiteGen.Content;

/// <summary>Reads the front matter and body shared by news items and pages.</summary>
public static partial class ArticleParser
{
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}-")]
    private static partial Regex DatePrefix();

    /// <summary>The parsed document and its front matter (for the fields only one kind has), or nulls after reporting why.</summary>
    public static (Article? Article, YamlMap? FrontMatter) Parse(SourceFile file, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Decode(file, diagnostics);
        if (text is null)
            return (null, null);
        var split = FrontMatterSplitter.Split(text, out var splitError);
        if (split is null)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterNotClosed, splitError!, SourceLocation.StartOf(file.DisplayPath));
            return (null, null);
        }
        var yaml = new YamlSource(file.DisplayPath, split.YamlFirstLine);
        if (split.Yaml.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey,
                en: "the file needs front matter with at least 'title:' between two '---' lines at the top",
                nb: "filen mangler feltene øverst – begynn filen med en linje med bare «---», så «title: …» og de andre feltene, og til slutt en ny linje med bare «---»",
                SourceLocation.StartOf(file.DisplayPath));
            return (null, null);
        }
        if (IsOnlyComments(split.Yaml))
        {
            // What 'new' writes with the title line deleted: YAML reads it as nothing, and the item would vanish without a word.
            diagnostics.Error(DiagnosticCodes.MissingKey,
                en: "the front matter has only comments (lines starting with '#'), so the file has no 'title:' and is left out; write 'title: …' without '#' in front",
                nb: "feltene øverst er bare kommentarer (linjer som begynner med «#»), så filen mangler «title:» og blir utelatt – skriv «title: …» uten «#» foran",
                new SourceLocation(file.DisplayPath, split.YamlFirstLine, 1));
            return (null, null);
        }
        var node = yaml.Parse(split.Yaml, diagnostics);
        var map = node is null ? null : YamlMap.From(yaml, node, diagnostics, new("the front matter", "feltene øverst i filen"));
        if (map is null)
            return (null, null);
        KeySpelling.WarnAboutMisspelledKeys(map, KnownKeys, KeySpelling.FrontMatterSynonyms, new("front matter", "feltene øverst i filen"));
        WarnAboutPlaceholder(file, split, diagnostics);

        var title = map.String("title", required: true);
        var slug = ReadSlug(file, map) ?? (map.Has("slug") ? SlugFromFileName(file.RelativePath) : null);
        var document = new Article(
            Slug: slug ?? "",
            // A missing title is an error already; the file name stands in so the rest of the file is still checked.
            Title: title?.Trim() ?? Path.GetFileNameWithoutExtension(file.RelativePath),
            Summary: map.String("summary")?.Trim(),
            Template: ReadTemplate(map),
            Draft: map.Bool("draft") ?? false,
            PublishDate: DateReader.Read(map, "publishDate"),
            ExpiryDate: DateReader.Read(map, "expiryDate"),
            Updated: DateReader.Read(map, "updated"),
            Aliases: AliasParser.Parse(map),
            Body: markdown.Render(split.Body, file.DisplayPath, split.BodyFirstLine, file.RelativePath, diagnostics: diagnostics),
            ShowToc: map.Bool("toc"),
            Params: map.ToPlain(),
            Source: SourceLocation.StartOf(file.DisplayPath))
        {
            Language = LanguageParser.Read(map, "lang"),
            LanguageLocation = map.Has("lang") ? map.LocationOf("lang") : null,
            SlugLocation = map.Has("slug") ? map.LocationOf("slug") : null,
            TranslationOf = LanguageParser.ReadTranslationOf(map),
        };
        return (slug is null ? null : document, map);
    }

    /// <summary>Every key the front matter of a news item or page can have; any other is kept as a param for templates.</summary>
    public static readonly IReadOnlyCollection<string> KnownKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "date", "summary", "tags", "deadlines", "slug", "template", "menu", "toc", "draft", "publishDate", "expiryDate",
        "updated", "aliases", "lang", "translation_of",
    };

    private static bool IsOnlyComments(string yaml) =>
        yaml.Split('\n').All(line => line.Trim().Length == 0 || line.TrimStart().StartsWith('#'));

    /// <summary>The text 'new news' and 'new page' write as the body is not meant to be published.</summary>
    private static void WarnAboutPlaceholder(SourceFile file, FrontMatter split, DiagnosticBag diagnostics)
    {
        foreach (var placeholder in (string[])[Authoring.ContentTemplates.NewsPlaceholder, Authoring.ContentTemplates.PagePlaceholder])
        {
            // Lines only for a body that has the placeholder: splitting every body into lines copied every file once more.
            if (!split.Body.Contains(placeholder, StringComparison.Ordinal))
                continue;
            var lines = split.Body.Split('\n');
            var index = Array.FindIndex(lines, l => l.Contains(placeholder, StringComparison.Ordinal));
            diagnostics.Warning(DiagnosticCodes.PlaceholderText,
                en: $"the text still has the placeholder '{placeholder} …' that 'new' wrote; replace it with the real text before publishing",
                nb: $"teksten har fortsatt plassholderen «{placeholder} …» som «new» skrev – bytt den ut med den ekte teksten før du publiserer",
                new SourceLocation(file.DisplayPath, split.BodyFirstLine + index, lines[index].IndexOf(placeholder, StringComparison.Ordinal) + 1));
        }
    }

    /// <summary>The address name a file gets without 'slug:'; null when its name has no letters or digits.</summary>
    public static string? SlugFromFileName(string relativePath)
    {
        var fromName = Slugs.FromTitle(DatePrefix().Replace(Path.GetFileNameWithoutExtension(relativePath), ""));
        return fromName.Length > 0 ? fromName : null;
    }

    private static string? ReadSlug(SourceFile file, YamlMap map)
    {
        var explicitSlug = map.String("slug");
        if (explicitSlug is not null)
        {
            if (Slugs.IsValid(explicitSlug))
            {
                // Too long for a folder name, it is kept all the same: links written to it are not broken as well (the build fails on the error).
                if (Slugs.TooLong(explicitSlug, new("'slug'", "«slug»")) is { } tooLong)
                    map.Diagnostics.Error(DiagnosticCodes.InvalidSlug, tooLong, map.LocationOf("slug"));
                return explicitSlug;
            }
            map.Diagnostics.Error(DiagnosticCodes.InvalidSlug,
                en: $"'slug' must be lower-case letters a-z, digits and hyphens (like '{Slugs.FromTitle(explicitSlug)}'), found '{explicitSlug}'",
                nb: $"«slug» kan bare ha små bokstaver a–z, tall og bindestrek, men er «{explicitSlug}» – skriv for eksempel «{Slugs.FromTitle(explicitSlug)}»",
                map.LocationOf("slug"));
            return null;
        }
        var name = Path.GetFileNameWithoutExtension(file.RelativePath);
        var fromName = Slugs.FromTitle(DatePrefix().Replace(name, ""));
        if (fromName.Length > 0)
            return fromName;
        map.Diagnostics.Error(DiagnosticCodes.InvalidSlug,
            en: $"cannot make a URL from the file name '{name}'; rename the file or set 'slug:'",
            nb: $"filnavnet «{name}» kan ikke bli en adresse – gi filen et navn med bokstaver eller tall, eller skriv adressen i «slug:»",
            SourceLocation.StartOf(file.DisplayPath));
        return null;
    }

    private static string? ReadTemplate(YamlMap map)
    {
        var template = map.String("template");
        if (template is null)
            return null;
        if (template.Contains("..", StringComparison.Ordinal) || template.StartsWith('/') || template.Contains('\\'))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidSlug,
                en: $"'template' must be a file name in the theme's templates folder, found '{template}'",
                nb: $"«template» må være navnet på en fil i malmappen til temaet, men er «{template}»",
                map.LocationOf("template"));
            return null;
        }
        return template.EndsWith(".sbn", StringComparison.Ordinal) ? template : template + ".sbn";
    }
}
