using System.Collections.Immutable;

namespace SiteGen.Search;

/// <summary>
/// For every index term, the items it occurs in with a score: BM25 (k1 1.2, b 0.75) over the
/// weighted count of the term in the title (×3), the lead (×2) and the body, as a whole number
/// 1–220 (the score × 100). Compounds count for their last part too, at half weight, so «avtale»
/// finds «Tilslutningsavtale sendt…» (see <see cref="Compounds"/>).
/// </summary>
public static class SearchPostings
{
    private const double K1 = 1.2, B = 0.75;
    private const double TitleWeight = 3, LeadWeight = 2, BodyWeight = 1, CompoundPartWeight = 0.5;

    public static Dictionary<string, List<(int Doc, int Score)>> Build(ImmutableArray<SearchDocument> documents)
    {
        var counts = new Dictionary<string, double>[documents.Length];
        var lengths = new double[documents.Length];
        var words = new Dictionary<string, double>[documents.Length];
        Parallel.For(0, documents.Length, i => (words[i], lengths[i]) = WeightedWords(documents[i]));

        var vocabulary = new HashSet<string>(words.SelectMany(w => w.Keys).Select(SearchText.Term), StringComparer.Ordinal);
        var compounds = new Compounds(vocabulary);
        for (var i = 0; i < documents.Length; i++)
        {
            var terms = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (word, weight) in words[i])
            {
                Add(terms, SearchText.Term(word), weight);
                if (compounds.LastPart(word) is { } part)
                    Add(terms, part, weight * CompoundPartWeight);
            }
            counts[i] = terms;
        }

        var average = documents.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        var postings = new Dictionary<string, List<(int Doc, int Score)>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Length; i++)
        {
            var norm = K1 * (1 - B + B * lengths[i] / average);
            foreach (var (term, tf) in counts[i])
            {
                if (!postings.TryGetValue(term, out var list))
                    postings[term] = list = [];
                list.Add((i, Math.Clamp((int)Math.Round(100 * tf * (K1 + 1) / (tf + norm)), 1, 220)));
            }
        }
        return postings;
    }

    /// <summary>Each folded word of an item (stop words left out) with its weighted count, and the item's weighted length.</summary>
    private static (Dictionary<string, double> Words, double Length) WeightedWords(SearchDocument document)
    {
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        var length = 0.0;
        foreach (var (text, weight) in new[] { (document.Title, TitleWeight), (document.Lead, LeadWeight), (document.Body, BodyWeight) })
        {
            foreach (var word in SearchText.Words(text))
            {
                if (SearchText.StopWords.Contains(word))
                    continue;
                Add(words, word, weight);
                length += weight;
            }
        }
        return (words, length);
    }

    private static void Add(Dictionary<string, double> counts, string key, double weight) =>
        counts[key] = counts.GetValueOrDefault(key) + weight;
}
