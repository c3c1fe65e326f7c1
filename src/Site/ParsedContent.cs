using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Sources;

namespace SiteGen.Site;

/// <summary>Phase 2's result: every file parsed on its own, before cross-checks.</summary>
public sealed record ParsedContent(ImmutableArray<NewsItem> News, ImmutableArray<Page> Pages, ImmutableArray<Deadline> Deadlines)
{
    /// <summary>What the files that could not be read would have given: their follow-on errors are not reported.</summary>
    public FollowOn Unread { get; init; } = FollowOn.None;

    /// <summary>The parsed items, and what the files that gave none would have been: their addresses and deadline ids.</summary>
    public static ParsedContent Collect(SourceSet sources, string siteLanguage, NewsItem?[] news, Page?[] pages, DeadlineFile deadlines)
    {
        var unread = new FollowOn();
        for (var i = 0; i < news.Length; i++)
        {
            foreach (var path in news[i] is null ? UnreadAddress.Guess(sources.News[i], isNews: true, siteLanguage) : [])
                unread.AddUnreadPage(path, sources.News[i].DisplayPath);
        }
        for (var i = 0; i < pages.Length; i++)
        {
            foreach (var path in pages[i] is null ? UnreadAddress.Guess(sources.Pages[i], isNews: false, siteLanguage) : [])
                unread.AddUnreadPage(path, sources.Pages[i].DisplayPath);
        }
        foreach (var (id, location) in deadlines.Unread)
            unread.AddUnreadDeadline(id, location);
        return new ParsedContent([.. news.OfType<NewsItem>()], [.. pages.OfType<Page>()], deadlines.Deadlines) { Unread = unread };
    }
}
