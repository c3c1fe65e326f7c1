using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>What news items and pages share: front matter common to both and the rendered body.</summary>
public sealed record ContentDocument(
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
    SourceLocation Source);
