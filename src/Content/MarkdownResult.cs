using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A heading of a rendered body, for the table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text)
{
    /// <summary>Where the heading is written, so messages about it (a skipped level) name the Markdown line.</summary>
    public SourceLocation? Location { get; init; }
}

/// <summary>A link or image as the editor wrote it, with its place in the source file.</summary>
public sealed record SourceLink(string Url, bool IsImage, bool HasText, SourceLocation Location)
{
    /// <summary>The URL as written into the HTML (under the base path, files resolved); what the link checker sees.</summary>
    public string? Href { get; init; }

    /// <summary>The published file the link leads to, if it leads to one.</summary>
    public Documents.Document? Document { get; init; }
}

public sealed record MarkdownResult(string Html, ImmutableArray<TocEntry> Headings, ImmutableArray<SourceLink> Links);
