using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Time;

namespace SiteGen.Content;

/// <summary>A news item ("Aktuelt") from input/news/*.md.</summary>
/// <param name="DeadlineIds">Deadlines the item refers to by id.</param>
/// <param name="DeclaredDeadlines">Deadlines written out in full in the item's front matter.</param>
public sealed record NewsItem(
    Article Article,
    DateText Date,
    ImmutableArray<string> Tags,
    ImmutableArray<(string Id, SourceLocation Location)> DeadlineIds,
    ImmutableArray<Deadline> DeclaredDeadlines)
{
    public string Slug => Article.Slug;
    public string Title => Article.Title;
}
