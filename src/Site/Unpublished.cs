using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Time;

namespace SiteGen.Site;

/// <summary>Why a news item or page that parsed is not on the site.</summary>
public enum UnpublishedReason
{
    /// <summary>'draft: true', and the build is without --drafts.</summary>
    Draft,
    /// <summary>'publishDate' is later than the build's "now".</summary>
    Scheduled,
    /// <summary>'expiryDate' has passed.</summary>
    Expired,
}

/// <summary>
/// A news item or page that is left out on purpose. The preview lists these, so an editor can tell
/// "scheduled" or "draft" from "broken" when an item is missing; 'build' publishes none of them.
/// </summary>
/// <param name="When">The date the reason refers to: publishDate for a scheduled item, expiryDate for an expired one.</param>
public sealed record UnpublishedItem(string Title, bool IsNews, SourceLocation Source, UnpublishedReason Reason, DateText? When)
{
    /// <summary>Every news item and page of <paramref name="parsed"/> that <see cref="Publication"/> leaves out, in file order.</summary>
    public static ImmutableArray<UnpublishedItem> Find(ParsedContent parsed, DateTime localNow, bool includeDrafts) =>
    [
        .. parsed.News.Select(n => (n.Article, IsNews: true)).Concat(parsed.Pages.Select(p => (p.Article, IsNews: false)))
            .Where(d => !Publication.IsVisible(d.Article, localNow, includeDrafts))
            .Select(d => Of(d.Article, d.IsNews, localNow, includeDrafts))
            .OrderBy(i => i.Source.Path, StringComparer.Ordinal)
    ];

    private static UnpublishedItem Of(Article document, bool isNews, DateTime localNow, bool includeDrafts)
    {
        // A draft that is also scheduled is reported as a draft: that is what keeps it out even after its date.
        if (document.Draft && !includeDrafts)
            return new(document.Title, isNews, document.Source, UnpublishedReason.Draft, null);
        if (document.PublishDate is { } publish && publish.LocalDateTime > localNow)
            return new(document.Title, isNews, document.Source, UnpublishedReason.Scheduled, publish);
        return new(document.Title, isNews, document.Source, UnpublishedReason.Expired, document.ExpiryDate);
    }
}
