using System.Globalization;
using System.IO.Compression;
using SiteGen.Bench.Corpus;
using SiteGen.Output;
using SiteGen.Search;

namespace SiteGen.Bench;

/// <summary>
/// `sitegen-bench search`: builds the generated corpus at each size in this process, then runs
/// known-item queries (<see cref="SearchQueries"/>) against the index files exactly as the search
/// page does (<see cref="SearchQuery"/>, the C# twin of sok.js): what one query downloads (manifest,
/// shards, the files of the first ten results; raw and gzip-compressed, as a web server sends JSON)
/// and how often the item the query was made from is found. Prints Markdown tables.
/// </summary>
public static class SearchBench
{
    private const string Folder = "sok/indeks/";

    public static bool Run(IEnumerable<int> sizes, int seed, string theme, string work, int perKind, TextWriter stdout)
    {
        var size = new List<string>();
        var recall = new List<string>();
        foreach (var n in sizes)
        {
            var corpus = new CorpusGenerator(n, seed);
            var dir = Path.Combine(Path.GetFullPath(work), $"search-{n}");
            CorpusFiles.Reset(dir, ".sitegen-bench-corpus");
            var input = Path.Combine(dir, "input");
            SiteGenLayout.Write(corpus, input);
            var result = SiteBuilder.Build(new BuildOptions(input, theme, new DateTimeOffset(CorpusGenerator.Now.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
            if (!result.Succeeded)
            {
                foreach (var d in result.Diagnostics.Take(20))
                    Console.Error.WriteLine(d);
                return false;
            }
            Directory.Delete(dir, recursive: true);
            Measure(n, corpus, result, perKind, size, recall);
        }
        stdout.WriteLine("| N | items in the index | index files | whole index (raw / gzip) | one query: median (raw / gzip) | 90th percentile | largest | search page, script and CSS (gzip) |");
        stdout.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        size.ForEach(stdout.WriteLine);
        stdout.WriteLine();
        stdout.WriteLine("| N | query | queries | found | among the first 10 | median hits |");
        stdout.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: |");
        recall.ForEach(stdout.WriteLine);
        return true;
    }

    private static void Measure(int n, CorpusGenerator corpus, BuildResult result, int perKind, List<string> size, List<string> recall)
    {
        var files = result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var index = files.Where(f => f.Key.StartsWith(Folder, StringComparison.Ordinal)).ToDictionary(f => f.Key[Folder.Length..], f => f.Value, StringComparer.Ordinal);
        var gzip = new System.Collections.Concurrent.ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        long Gz(string path, byte[] bytes) => gzip.GetOrAdd(path, _ => Gzip(bytes));

        var downloads = new List<(long Raw, long Gz)>();
        var outcomes = new List<(string Kind, bool Found, bool Top, int Hits)>();
        foreach (var query in SearchQueries.Make(corpus, perKind, "/"))
        {
            var fetched = new List<string>();
            var search = new SearchQuery(path => { fetched.Add(path); return index.GetValueOrDefault(path); });
            var hits = search.Run(query.Text).Hits;
            var urls = hits.Select((h, i) => i < SearchQuery.ResultsPerPage ? search.Item(h.Doc).GetProperty("u").GetString() : null).ToList();
            // Beyond the first page only the position matters: look the target's number up once instead of fetching every item.
            var found = urls.Contains(query.TargetUrl) || hits.Skip(SearchQuery.ResultsPerPage).Any(h => ItemUrl(index, h.Doc) == query.TargetUrl);
            outcomes.Add((query.Kind, found, urls.Take(SearchQuery.ResultsPerPage).Contains(query.TargetUrl), hits.Count));
            downloads.Add((search.BytesFetched, fetched.Distinct().Sum(p => Gz(p, index[p]))));
        }

        var indexRaw = index.Values.Sum(b => (long)b.Length);
        var indexGz = index.Sum(f => Gz(f.Key, f.Value));
        var page = new[] { "sok/index.html", "js/sok.js", "css/site.css" }.Sum(p => Gzip(files[p]));
        var raw = downloads.Select(d => d.Raw).Order().ToList();
        var gz = downloads.Select(d => d.Gz).Order().ToList();
        var items = index.Keys.Count(k => k.StartsWith("f/", StringComparison.Ordinal));
        size.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {n:N0} | {items:N0} | {index.Count:N0} | {Kb(indexRaw)} / {Kb(indexGz)} | {Kb(Percentile(raw, 50))} / {Kb(Percentile(gz, 50))} | {Kb(Percentile(raw, 90))} / {Kb(Percentile(gz, 90))} | {Kb(raw[^1])} / {Kb(gz[^1])} | {Kb(page)} |"));
        foreach (var kind in SearchQueries.Kinds.Append("all"))
        {
            var group = outcomes.Where(o => kind == "all" || o.Kind == kind).ToList();
            recall.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {n:N0} | {kind} | {group.Count} | {Share(group.Count(o => o.Found), group.Count)} | {Share(group.Count(o => o.Top), group.Count)} | {Percentile([.. group.Select(o => (long)o.Hits).Order()], 50):N0} |"));
        }
    }

    private static string? ItemUrl(Dictionary<string, byte[]> index, int doc)
    {
        using var json = System.Text.Json.JsonDocument.Parse(index[$"f/{doc}.json"]);
        return json.RootElement.GetProperty("u").GetString();
    }

    private static long Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gz.Write(bytes);
        return output.Length;
    }

    private static long Percentile(List<long> sorted, int p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, sorted.Count * p / 100)];

    private static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1000.0:N1} kB");

    private static string Share(int part, int whole) => string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / Math.Max(1, whole):0.0} %");
}
