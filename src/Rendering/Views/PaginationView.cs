using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>
/// Where a list page is among its siblings; URLs are null at the ends. <see cref="Pages"/> lists every
/// page while there are few; with many, only the first, the last and those around the current one,
/// with gaps between, so each list page stays small however many news items the site has.
/// </summary>
public sealed record PaginationView(int Current, int Total, string? PreviousUrl, string? NextUrl, ImmutableArray<PageLinkView> Pages)
{
    /// <summary>Up to this many pages are all listed.</summary>
    public const int ListAllUpTo = 9;

    /// <summary>Pages shown on each side of the current one when not all are listed.</summary>
    public const int Around = 2;

    /// <summary>The page numbers to show, in order, with 0 for a gap.</summary>
    public static IEnumerable<int> Window(int current, int total)
    {
        if (total <= ListAllUpTo)
        {
            for (var n = 1; n <= total; n++)
                yield return n;
            yield break;
        }
        var from = Math.Max(2, Math.Min(current, total - Around) - Around);
        var to = Math.Min(total - 1, Math.Max(current, 1 + Around) + Around);
        if (from == 3)
            from = 2; // a gap for one page would take as much room as its number
        if (to == total - 2)
            to = total - 1;
        yield return 1;
        if (from > 2)
            yield return 0;
        for (var n = from; n <= to; n++)
            yield return n;
        if (to < total - 1)
            yield return 0;
        yield return total;
    }
}
