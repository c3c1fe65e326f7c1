using System.Collections.Immutable;

namespace SiteGen.Search;

/// <summary>
/// For every index term, the items it occurs in with a score: BM25 (k1 1.2, b 0.75) computed for
/// the title, the lead (summary, tags, audiences) and the body separately, each against its own
/// average length, and added with weights 6, 2 and 1 (BM25F-style), so a word in the title counts
/// for more than the same word repeated in a long text (with 3, 2, 1 the benchmark's title queries
/// found their item among the first ten 72.5 % of the time at N = 10,000; with 6, 2, 1, 100 %). Stored as a whole number: the score ×
/// <see cref="Scale"/>. A compound counts for its last part too, at half the count (see <see cref="Compounds"/>),
/// so «avtale» finds «Tilslutningsavtale sendt…».
/// </summary>
public static class SearchPostings
{
    /// <summary>Stored score = score × Scale; sok.js and <see cref="SearchQuery"/> divide by the same number.</summary>
    public const int Scale = 20;

    private const double K1 = 1.2, B = 0.75, CompoundPartWeight = 0.5;
    private static readonly double[] FieldWeights = [6, 2, 1];

    /// <summary>Every index term, in ordinal order, with the items it occurs in (in item order) and their stored scores.</summary>
    public static TermPostings[] Build(ImmutableArray<SearchWords> items)
    {
        var (words, numbers) = Merge(items);
        var terms = Terms.Of(words);
        var averages = Enumerable.Range(0, FieldWeights.Length)
            .Select(f => items.Length == 0 ? 1 : Math.Max(1, items.Average(item => item.Fields[f].Length))).ToArray();

        var scored = new (int Term, int Score)[items.Length][];
        Parallel.For(0, items.Length, () => new Sums(terms.Names.Length), (i, _, sums) =>
        {
            scored[i] = sums.Score(items[i].Fields, numbers[i], terms, averages);
            return sums;
        }, _ => { });

        var postings = new List<(int Doc, int Score)>[terms.Names.Length];
        for (var t = 0; t < postings.Length; t++)
            postings[t] = [];
        for (var i = 0; i < items.Length; i++)
        {
            foreach (var (term, score) in scored[i])
                postings[term].Add((i, score));
        }
        return [.. terms.Names.Select((name, t) => new TermPostings(name, postings[t]))];
    }

    /// <summary>
    /// The site's vocabulary, each word numbered once, and for every item the site's number of each of its words. The items'
    /// own numbers are left as they are (the cache keeps them); the scores go from an item's number to the site's.
    /// </summary>
    private static (List<string> Words, int[][] Numbers) Merge(ImmutableArray<SearchWords> items)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        // Items counted on one thread share one string per word: looking it up by reference first spares hashing its letters.
        var byReference = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        var words = new List<string>();
        var site = new int[items.Length][];
        for (var i = 0; i < items.Length; i++)
        {
            var own = items[i].Words;
            site[i] = new int[own.Length];
            for (var w = 0; w < own.Length; w++)
            {
                if (byReference.TryGetValue(own[w], out site[i][w]))
                    continue;
                if (!numbers.TryGetValue(own[w], out site[i][w]))
                {
                    site[i][w] = words.Count;
                    numbers.Add(own[w], words.Count);
                    words.Add(own[w]);
                }
                byReference.Add(own[w], site[i][w]);
            }
        }
        return (words, site);
    }

    /// <summary>The distinct (non-stop) words of one field of an item, by their number in the item's words, with their counts; and how many words it has.</summary>
    internal readonly record struct Field((int Word, int Count)[] Words, int Length);

    /// <summary>The index terms in ordinal order, and for each word of the vocabulary the number of its stem and of its compound's last part (-1 if none).</summary>
    private sealed record Terms(string[] Names, int[] Stem, int[] Part)
    {
        public static Terms Of(List<string> words)
        {
            // Each distinct word is stemmed and split once, however many items have it.
            var stems = new string[words.Count];
            Parallel.For(0, words.Count, w => stems[w] = SearchText.Term(words[w]));
            var found = new HashSet<string>(stems, StringComparer.Ordinal);
            var compounds = new Compounds(found);
            var parts = new string?[words.Count];
            Parallel.For(0, words.Count, w => parts[w] = compounds.LastPart(words[w]));

            var names = found.Order(StringComparer.Ordinal).ToArray();
            var numbers = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (var t = 0; t < names.Length; t++)
                numbers[names[t]] = t;
            var stem = new int[words.Count];
            var part = new int[words.Count];
            for (var w = 0; w < words.Count; w++)
            {
                stem[w] = numbers[stems[w]];
                part[w] = parts[w] is { } last ? numbers[last] : -1;
            }
            return new Terms(names, stem, part);
        }
    }

    /// <summary>One thread's sums by term number, kept from item to item: only the terms an item touched are cleared.</summary>
    private sealed class Sums(int terms)
    {
        private readonly double[] frequencies = new double[terms];
        private readonly double[] scores = new double[terms];
        private readonly List<int> inField = [];
        private readonly List<int> inItem = [];

        /// <summary>One item's terms with their stored scores; <paramref name="site"/> gives the site's number of each of the item's words.</summary>
        public (int Term, int Score)[] Score(Field[] fields, int[] site, Terms terms, double[] averages)
        {
            for (var f = 0; f < FieldWeights.Length; f++)
            {
                foreach (var (own, count) in fields[f].Words)
                {
                    var word = site[own];
                    Add(terms.Stem[word], count);
                    if (terms.Part[word] is var part and >= 0)
                        Add(part, count * CompoundPartWeight);
                }
                var norm = K1 * (1 - B + B * fields[f].Length / averages[f]);
                foreach (var term in inField)
                {
                    var tf = frequencies[term];
                    // Every field's share is above 0, so a score of 0 means the item has not had the term yet.
                    if (scores[term] == 0)
                        inItem.Add(term);
                    scores[term] += FieldWeights[f] * tf * (K1 + 1) / (tf + norm);
                    frequencies[term] = 0;
                }
                inField.Clear();
            }
            var scored = new (int Term, int Score)[inItem.Count];
            for (var i = 0; i < scored.Length; i++)
            {
                var term = inItem[i];
                scored[i] = (term, Math.Max(1, (int)Math.Round(scores[term] * Scale)));
                scores[term] = 0;
            }
            inItem.Clear();
            return scored;
        }

        private void Add(int term, double count)
        {
            if (frequencies[term] == 0)
                inField.Add(term);
            frequencies[term] += count;
        }
    }
}
