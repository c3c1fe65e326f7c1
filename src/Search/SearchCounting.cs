namespace SiteGen.Search;

/// <summary>
/// Counts the words of one build's items, each item on its own (a rebuild counts again only the items that changed), with
/// one counter per thread that is kept from item to item. Disposed after the build's items are counted, so the counters'
/// tables go with it: kept for the whole run they were tens of megabytes that every later garbage collection walked.
/// </summary>
public sealed class SearchCounting : IDisposable
{
    private readonly ThreadLocal<Counter> counters = new(() => new Counter());

    /// <summary>One item's distinct words and, for its title, lead and body, how often it has each.</summary>
    public SearchWords Count(SearchDocument document) => counters.Value!.Count(document);

    public void Dispose() => counters.Dispose();

    /// <summary>
    /// An item's folded words, each numbered once: its words are counted in an array by number, where a dictionary of
    /// strings per field, and a new string per word, made the index build mostly garbage collection. A word is looked up
    /// as written, so each spelling is folded once on this thread; stop words are left out before they are numbered.
    /// </summary>
    private sealed class Counter
    {
        // An item with more distinct words than this leaves its table to the garbage collector: clearing costs a table's size.
        private const int KeptTableSize = 4096;

        private readonly Dictionary<string, string?> folds = new(StringComparer.Ordinal);
        private readonly List<string> words = [];
        private readonly List<int> seen = [];
        private Dictionary<string, int> numbers = new(StringComparer.Ordinal);
        private int[] counts = new int[256];

        public SearchWords Count(SearchDocument document)
        {
            SearchPostings.Field[] fields = [Count(document.Title), Count(document.Lead), Count(document.Body)];
            var item = new SearchWords([.. words], fields);
            words.Clear();
            if (numbers.Count > KeptTableSize)
                numbers = new(StringComparer.Ordinal);
            else
                numbers.Clear();
            return item;
        }

        private SearchPostings.Field Count(string text)
        {
            var length = 0;
            var position = 0;
            while (SearchText.NextWord(text, ref position, out var start, out var wordLength))
            {
                if (Fold(text.AsSpan(start, wordLength)) is not { } folded)
                    continue;
                var word = Number(folded);
                length++;
                if (counts[word]++ == 0)
                    seen.Add(word);
            }
            var counted = new (int Word, int Count)[seen.Count];
            for (var i = 0; i < counted.Length; i++)
            {
                counted[i] = (seen[i], counts[seen[i]]);
                counts[seen[i]] = 0;
            }
            seen.Clear();
            return new SearchPostings.Field(counted, length);
        }

        private string? Fold(ReadOnlySpan<char> written)
        {
            var spans = folds.GetAlternateLookup<ReadOnlySpan<char>>();
            if (spans.TryGetValue(written, out var known))
                return known;
            var folded = SearchText.Fold(written);
            var word = SearchText.StopWords.Contains(folded) ? null : folded;
            spans[written] = word;
            return word;
        }

        private int Number(string folded)
        {
            if (numbers.TryGetValue(folded, out var number))
                return number;
            number = words.Count;
            numbers.Add(folded, number);
            words.Add(folded);
            if (number == counts.Length)
                Array.Resize(ref counts, number * 2);
            return number;
        }
    }
}
