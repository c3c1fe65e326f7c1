using SiteGen.Content;

namespace SiteGen.Site;

/// <summary>Every order ends in an ordinal tie-breaker, so output never depends on directory order.</summary>
public static class Ordering
{
    public static readonly Comparer<NewsItem> NewestFirst = Comparer<NewsItem>.Create((a, b) =>
        b.Date.LocalDateTime.CompareTo(a.Date.LocalDateTime) is var byDate and not 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug));

    public static readonly Comparer<Deadline> Chronological = Comparer<Deadline>.Create((a, b) =>
        a.Start.LocalDateTime.CompareTo(b.Start.LocalDateTime) is var byStart and not 0 ? byStart
        : a.LastDay.CompareTo(b.LastDay) is var byEnd and not 0 ? byEnd
        : string.CompareOrdinal(a.Id, b.Id));

    public static readonly Comparer<Page> ByMenuThenTitle = Comparer<Page>.Create((a, b) =>
        (a.MenuOrder ?? int.MaxValue).CompareTo(b.MenuOrder ?? int.MaxValue) is var byMenu and not 0 ? byMenu
        : string.CompareOrdinal(a.Slug, b.Slug));
}
