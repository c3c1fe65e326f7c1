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

    public static Dictionary<string, List<(int Doc, int Score)>> Build(ImmutableArray<SearchDocument> documents)
    {
        var words = new (Dictionary<string, double> Counts, int Length)[documents.Length][];
        Parallel.For(0, documents.Length, i => words[i] = [Count(documents[i].Title), Count(documents[i].Lead), Count(documents[i].Body)]);

        // Each distinct word is stemmed and split once, however many items have it.
        var distinct = words.SelectMany(fields => fields.SelectMany(f => f.Counts.Keys)).Distinct(StringComparer.Ordinal).ToList();
        var stems = new Dictionary<string, string>(distinct.AsParallel().Select(w => KeyValuePair.Create(w, SearchText.Term(w))), StringComparer.Ordinal);
        var compounds = new Compounds(new HashSet<string>(stems.Values, StringComparer.Ordinal));
        var parts = new Dictionary<string, string?>(distinct.AsParallel().Select(w => KeyValuePair.Create(w, compounds.LastPart(w))), StringComparer.Ordinal);
        var averages = Enumerable.Range(0, FieldWeights.Length)
            .Select(f => documents.Length == 0 ? 1 : Math.Max(1, words.Average(fields => fields[f].Length))).ToArray();

        var scored = new (string Term, int Score)[documents.Length][];
        Parallel.For(0, documents.Length, i => scored[i] = Score(words[i], stems, parts, averages));

        var postings = new Dictionary<string, List<(int Doc, int Score)>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Length; i++)
        {
            foreach (var (term, score) in scored[i])
            {
                if (!postings.TryGetValue(term, out var list))
                    postings[term] = list = [];
                list.Add((i, score));
            }
        }
        return postings;
    }

    /// <summary>One item's terms with their stored scores, in term order.</summary>
    private static (string Term, int Score)[] Score((Dictionary<string, double> Counts, int Length)[] fields,
        Dictionary<string, string> stems, Dictionary<string, string?> parts, double[] averages)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var f = 0; f < FieldWeights.Length; f++)
        {
            var (counts, length) = fields[f];
            var terms = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (word, count) in counts)
            {
                Add(terms, stems[word], count);
                if (parts[word] is { } part)
                    Add(terms, part, count * CompoundPartWeight);
            }
            var norm = K1 * (1 - B + B * length / averages[f]);
            foreach (var (term, tf) in terms)
                Add(scores, term, FieldWeights[f] * tf * (K1 + 1) / (tf + norm));
        }
        return [.. scores.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, Math.Max(1, (int)Math.Round(s.Value * Scale))))];
    }

    /// <summary>The folded words of a text (stop words left out) with their counts, and how many there are.</summary>
    private static (Dictionary<string, double> Counts, int Length) Count(string text)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var length = 0;
        foreach (var word in SearchText.Words(text))
        {
            if (SearchText.StopWords.Contains(word))
                continue;
            Add(counts, word, 1);
            length++;
        }
        return (counts, length);
    }

    private static void Add(Dictionary<string, double> counts, string key, double weight) =>
        counts[key] = counts.GetValueOrDefault(key) + weight;
}
