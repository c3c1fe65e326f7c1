using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Time;

namespace SiteGen.Content;

/// <summary>What news items and pages share: front matter common to both and the rendered body.</summary>
public sealed record Article(
    string Slug,
    string Title,
    string? Summary,
    string? Template,
    bool Draft,
    DateText? PublishDate,
    DateText? ExpiryDate,
    DateText? Updated,
    ImmutableArray<Alias> Aliases,
    MarkdownResult Body,
    bool? ShowToc,
    ImmutableSortedDictionary<string, object?> Params,
    SourceLocation Source)
{
    /// <summary>Front matter 'lang': a known language code, or null for the site's language.</summary>
    public string? Language { get; init; }

    /// <summary>Where 'lang' is written, for messages about the language.</summary>
    public SourceLocation? LanguageLocation { get; init; }

    /// <summary>Where 'slug' is written, when the address does not come from the file name; messages about the address point there.</summary>
    public SourceLocation? SlugLocation { get; init; }

    /// <summary>Front matter 'translation_of': the address of the page this one is a translation of.</summary>
    public TranslationLink? TranslationOf { get; init; }
}
