using System.Text.Json;

namespace SiteGen.Search;

/// <summary>
/// A query against the index files, as the search page's script (theme/static/js/sok.js) runs it,
/// step for step: the words of the query, stemmed; for each, the shard with the longest key it
/// starts with (and, for 3 letters or more, the shards of longer keys it begins); terms equal to the
/// stem, else starting with it, else (only when neither exists, and then in every shard of the
/// word's first two letters) within one typo (two from 8 letters); an item must match every word; score = Σ weight × idf × stored score. The tests and
/// the benchmark use it to measure what the browser does; a browser test checks both agree.
/// </summary>
public sealed class SearchQuery(Func<string, byte[]?> fetch)
{
    public const double ExactWeight = 1, PrefixWeight = 0.6, OneTypoWeight = 0.4, TwoTyposWeight = 0.25;
    public const int ResultsPerPage = 10;

    private readonly Dictionary<string, byte[]?> fetched = new(StringComparer.Ordinal);

    /// <summary>Bytes of every index file fetched so far (each file once, as a browser cache would).</summary>
    public long BytesFetched => fetched.Values.Sum(b => (long)(b?.Length ?? 0));

    public sealed record Hit(int Doc, double Score);

    public sealed record Result(IReadOnlyList<Hit> Hits, IReadOnlyList<string> MatchedTerms, bool Fuzzy);

    public Result Run(string query)
    {
        using var manifest = JsonDocument.Parse(Fetch("manifest.json") ?? throw new InvalidOperationException("no manifest.json"));
        var count = manifest.RootElement.GetProperty("n").GetInt32();
        var keys = manifest.RootElement.GetProperty("s").EnumerateArray().Select(k => k.GetString()!).ToList();

        var words = SearchText.Words(query).Distinct(StringComparer.Ordinal).Where(w => !SearchText.StopWords.Contains(w)).ToList();
        if (words.Count == 0)
            return new Result([], [], false);

        var total = new Dictionary<int, double>();
        var matched = new List<string>();
        var fuzzy = false;
        for (var w = 0; w < words.Count; w++)
        {
            var stem = SearchText.Term(words[w]);
            var terms = ShardsFor(stem, keys).SelectMany(i => Shard(i)).ToList();
            var candidates = Candidates(stem, terms);
            if (candidates.Count == 0 && stem.Length >= 4)
            {
                // A typo inside the shard's key sends the word to the wrong shard: look in all shards of its first two letters.
                terms = [.. TypoShardsFor(stem, keys).SelectMany(i => Shard(i))];
                candidates = Candidates(stem, terms);
            }
            fuzzy |= candidates.Any(c => c.Weight < PrefixWeight);
            matched.AddRange(candidates.Select(c => c.Term));
            var scores = new Dictionary<int, double>();
            foreach (var (term, weight) in candidates)
            {
                var postings = terms.First(t => t.Term == term).Postings;
                var idf = Math.Log(1 + (count - postings.Count + 0.5) / (postings.Count + 0.5));
                foreach (var (doc, score) in postings)
                    scores[doc] = Math.Max(scores.GetValueOrDefault(doc), weight * idf * score / SearchPostings.Scale);
            }
            total = w == 0 ? scores : total.Where(t => scores.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => t.Value + scores[t.Key]);
        }
        var hits = total.Select(t => new Hit(t.Key, t.Value)).OrderByDescending(h => h.Score).ThenBy(h => h.Doc).ToList();
        return new Result(hits, matched.Distinct().ToList(), fuzzy);
    }

    /// <summary>An item's file (title, address, kind, text), fetched as the page does for the results it shows.</summary>
    public JsonElement Item(int doc)
    {
        using var json = JsonDocument.Parse(Fetch($"f/{doc}.json") ?? throw new InvalidOperationException($"no f/{doc}.json"));
        return json.RootElement.Clone();
    }

    /// <summary>The shard with the longest key the stem starts with; from 3 letters also every shard whose key starts with the stem.</summary>
    public static IEnumerable<int> ShardsFor(string stem, IReadOnlyList<string> keys)
    {
        var best = -1;
        for (var i = 0; i < keys.Count; i++)
        {
            if (stem.StartsWith(keys[i], StringComparison.Ordinal) && (best < 0 || keys[i].Length > keys[best].Length))
                best = i;
        }
        var found = new SortedSet<int>();
        if (best >= 0)
            found.Add(best);
        if (stem.Length >= 3)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (keys[i].Length > stem.Length && keys[i].StartsWith(stem, StringComparison.Ordinal))
                    found.Add(i);
            }
        }
        return found;
    }

    /// <summary>Every shard whose key shares the stem's first two letters (and the shorter ones on the way there), for typo matching.</summary>
    public static IEnumerable<int> TypoShardsFor(string stem, IReadOnlyList<string> keys) =>
        Enumerable.Range(0, keys.Count).Where(i => keys[i].Length <= 2 ? stem.StartsWith(keys[i], StringComparison.Ordinal) : keys[i].StartsWith(stem[..2], StringComparison.Ordinal));

    /// <summary>The index terms a stem matches, with their weight.</summary>
    public static List<(string Term, double Weight)> Candidates(string stem, IEnumerable<(string Term, List<(int Doc, int Score)> Postings)> terms)
    {
        var list = terms.Select(t => t.Term).ToList();
        var found = new List<(string Term, double Weight)>();
        foreach (var term in list)
        {
            if (term == stem)
                found.Add((term, ExactWeight));
            else if (stem.Length >= 3 && term.StartsWith(stem, StringComparison.Ordinal))
                found.Add((term, PrefixWeight));
        }
        if (found.Count > 0)
            return found;
        var allowed = stem.Length >= 8 ? 2 : stem.Length >= 4 ? 1 : 0;
        foreach (var term in list)
        {
            if (Math.Abs(term.Length - stem.Length) <= allowed && Distance(term, stem, allowed) is var d && d <= allowed)
                found.Add((term, d == 1 ? OneTypoWeight : TwoTyposWeight));
        }
        return found;
    }

    /// <summary>Edit distance with swaps of two neighbouring letters as one edit (optimal string alignment), or more than max.</summary>
    public static int Distance(string a, string b, int max)
    {
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
            rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var (before, previous, current) = (rows[(i + 1) % 3], rows[(i - 1) % 3], rows[i % 3]);
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, before[j - 2] + 1);
                current[j] = value;
                best = Math.Min(best, value);
            }
            if (best > max)
                return max + 1;
        }
        return rows[a.Length % 3][b.Length];
    }

    private IEnumerable<(string Term, List<(int Doc, int Score)> Postings)> Shard(int index)
    {
        using var json = JsonDocument.Parse(Fetch($"s/{index}.json") ?? throw new InvalidOperationException($"no s/{index}.json"));
        var terms = new List<(string, List<(int, int)>)>();
        foreach (var term in json.RootElement.EnumerateObject())
        {
            var values = term.Value.EnumerateArray().Select(v => v.GetInt32()).ToList();
            var postings = new List<(int, int)>();
            for (int i = 0, doc = 0; i + 1 < values.Count; i += 2)
                postings.Add((doc += values[i], values[i + 1]));
            terms.Add((term.Name, postings));
        }
        return terms;
    }

    private byte[]? Fetch(string path)
    {
        if (!fetched.TryGetValue(path, out var bytes))
            fetched[path] = bytes = fetch(path);
        return bytes;
    }
}
