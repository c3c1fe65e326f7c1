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
    public static TermPostings[] Build(ImmutableArray<SearchDocument> documents)
    {
        var fields = new Field[documents.Length][];
        var counted = new Vocabulary[documents.Length];
        Parallel.For(0, documents.Length, () => new Vocabulary(), (i, _, words) =>
        {
            fields[i] = [words.Count(documents[i].Title), words.Count(documents[i].Lead), words.Count(documents[i].Body)];
            counted[i] = words;
            return words;
        }, _ => { });
        var terms = Terms.Of(Vocabulary.Merge(counted, fields));
        var averages = Enumerable.Range(0, FieldWeights.Length)
            .Select(f => documents.Length == 0 ? 1 : Math.Max(1, fields.Average(item => item[f].Length))).ToArray();

        var scored = new (int Term, int Score)[documents.Length][];
        Parallel.For(0, documents.Length, () => new Sums(terms.Names.Length), (i, _, sums) =>
        {
            scored[i] = sums.Score(fields[i], terms, averages);
            return sums;
        }, _ => { });

        var postings = new List<(int Doc, int Score)>[terms.Names.Length];
        for (var t = 0; t < postings.Length; t++)
            postings[t] = [];
        for (var i = 0; i < documents.Length; i++)
        {
            foreach (var (term, score) in scored[i])
                postings[term].Add((i, score));
        }
        return [.. terms.Names.Select((name, t) => new TermPostings(name, postings[t]))];
    }

    /// <summary>The distinct (non-stop) words of one field of an item, by number in the <see cref="Vocabulary"/>, with their counts; and how many words it has.</summary>
    private readonly record struct Field((int Word, int Count)[] Words, int Length);

    /// <summary>
    /// Folded words, each numbered once: an item's words are counted in an array by number, where a dictionary
    /// of strings per field, and a new string per word, made the index build mostly garbage collection. A word
    /// is looked up as written, so it is folded only the first time it is seen in that spelling. Each thread
    /// numbers the words of its items; <see cref="Merge"/> then numbers them for the whole site.
    /// </summary>
    private sealed class Vocabulary
    {
        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> written = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> writtenSpans;
        private readonly List<bool> stop = [];
        private readonly List<int> seen = [];
        private int[] counts = new int[1024];

        public Vocabulary() => writtenSpans = written.GetAlternateLookup<ReadOnlySpan<char>>();

        public List<string> Words { get; } = [];

        public bool IsStopWord(int word) => stop[word];

        /// <summary>The site's vocabulary: every thread's words numbered anew, and the items' word numbers changed to the new ones.</summary>
        public static Vocabulary Merge(Vocabulary[] counted, Field[][] fields)
        {
            var site = new Vocabulary();
            var renumbered = new Dictionary<Vocabulary, int[]>();
            foreach (var words in counted.Distinct())
                renumbered[words] = [.. words.Words.Select(site.Number)];
            for (var i = 0; i < fields.Length; i++)
            {
                var numbers = renumbered[counted[i]];
                foreach (var field in fields[i])
                {
                    for (var w = 0; w < field.Words.Length; w++)
                        field.Words[w].Word = numbers[field.Words[w].Word];
                }
            }
            return site;
        }

        /// <summary>The folded words of a text, stop words left out.</summary>
        public Field Count(string text)
        {
            var length = 0;
            var position = 0;
            while (SearchText.NextWord(text, ref position, out var start, out var wordLength))
            {
                var word = Number(text.AsSpan(start, wordLength));
                if (stop[word])
                    continue;
                length++;
                if (counts[word]++ == 0)
                    seen.Add(word);
            }
            var words = new (int Word, int Count)[seen.Count];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = (seen[i], counts[seen[i]]);
                counts[seen[i]] = 0;
            }
            seen.Clear();
            return new Field(words, length);
        }

        /// <summary>The number of the fold of a word as written.</summary>
        private int Number(ReadOnlySpan<char> word)
        {
            if (writtenSpans.TryGetValue(word, out var number))
                return number;
            number = Number(SearchText.Fold(word));
            written.Add(word.ToString(), number);
            return number;
        }

        private int Number(string folded) => numbers.TryGetValue(folded, out var number) ? number : Add(folded);

        private int Add(string word)
        {
            var number = Words.Count;
            numbers.Add(word, number);
            Words.Add(word);
            stop.Add(SearchText.StopWords.Contains(word));
            if (number == counts.Length)
                Array.Resize(ref counts, number * 2);
            return number;
        }
    }

    /// <summary>The index terms in ordinal order, and for each word of the vocabulary the number of its stem and of its compound's last part (-1 if none).</summary>
    private sealed record Terms(string[] Names, int[] Stem, int[] Part)
    {
        public static Terms Of(Vocabulary vocabulary)
        {
            // Each distinct word is stemmed and split once, however many items have it.
            var words = vocabulary.Words;
            var indexed = Enumerable.Range(0, words.Count).Where(w => !vocabulary.IsStopWord(w)).ToArray();
            var stems = new string[words.Count];
            Parallel.For(0, indexed.Length, i => stems[indexed[i]] = SearchText.Term(words[indexed[i]]));
            var found = new HashSet<string>(indexed.Select(w => stems[w]), StringComparer.Ordinal);
            var compounds = new Compounds(found);
            var parts = new string?[words.Count];
            Parallel.For(0, indexed.Length, i => parts[indexed[i]] = compounds.LastPart(words[indexed[i]]));

            var names = found.Order(StringComparer.Ordinal).ToArray();
            var numbers = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (var t = 0; t < names.Length; t++)
                numbers[names[t]] = t;
            var stem = new int[words.Count];
            var part = new int[words.Count];
            foreach (var w in indexed)
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

        /// <summary>One item's terms with their stored scores.</summary>
        public (int Term, int Score)[] Score(Field[] fields, Terms terms, double[] averages)
        {
            for (var f = 0; f < FieldWeights.Length; f++)
            {
                foreach (var (word, count) in fields[f].Words)
                {
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
