using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Deadlines;

namespace SiteGen.Site;

/// <summary>Phase 2's result: every file parsed on its own, before cross-checks.</summary>
public sealed record ParsedContent(ImmutableArray<NewsItem> News, ImmutableArray<Page> Pages, ImmutableArray<Deadline> Deadlines)
{
    /// <summary>What the files that could not be read would have given: their follow-on errors are not reported.</summary>
    public FollowOn Unread { get; init; } = FollowOn.None;
}
