using System.Collections.Immutable;
using SiteGen.Content;

namespace SiteGen.Rendering.Views;

/// <summary>
/// A news item or page for templates. <c>content</c> is the rendered Markdown; <c>toc</c> lists its
/// headings and <c>show_toc</c> says whether the page is long enough to show them; <c>params</c> holds
/// every front-matter key, including ones SiteGen does not know.
/// </summary>
public sealed record ArticleView(
    string Slug,
    string Title,
    string Url,
    string? Summary,
    DateView? Date,
    DateView? Updated,
    ImmutableArray<string> Tags,
    RawHtml Content,
    ImmutableArray<TocEntry> Toc,
    bool ShowToc,
    ImmutableArray<DeadlineView> Deadlines,
    IReadOnlyDictionary<string, object?> Params)
{
    /// <summary>The language the item is written in ('lang', else the site's), for <c>lang_attr</c> when it is listed on a page in another language.</summary>
    public string Language { get; init; } = "";
}
