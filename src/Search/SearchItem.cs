using System.IO.Hashing;

namespace SiteGen.Search;

/// <summary>
/// What the index needs of one item that can be made from the item alone: its counted words and its result file. A rebuild
/// makes it again only for the items that changed; the scores, which depend on every item, are computed from these.
/// </summary>
public sealed class SearchItem
{
    private SearchItem(SearchWords words, byte[] fragment)
    {
        Words = words;
        Fragment = fragment;
        FragmentHash = XxHash128.Hash(fragment);
    }

    internal SearchWords Words { get; }

    /// <summary>The item's file for the result list and its excerpt.</summary>
    internal byte[] Fragment { get; }

    /// <summary>A hash of <see cref="Fragment"/>, for the index's version: made once with the item, not on every rebuild.</summary>
    internal byte[] FragmentHash { get; }

    public static SearchItem Of(SearchEntry entry, SearchCounting counting)
    {
        var document = entry.Document();
        return new(counting.Count(document), SearchIndexWriter.Fragment(document));
    }
}
