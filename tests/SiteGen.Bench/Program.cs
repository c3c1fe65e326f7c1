using System.Globalization;
using SiteGen.Bench;
using SiteGen.Bench.Corpus;

// The benchmark tool; tests/bench/compare-hugo.sh runs it. Commands:
//   corpus --news N [--seed S] --out DIR [--hugo]   DIR/sitegen/input (and DIR/hugo): the generated corpus
//   floor  --input DIR --output DIR                  the pure work, for comparison
//   phases --input DIR --theme DIR --output DIR [--runs R] [--cached] [--edit FILE]   SiteGen's time per phase, cold then warm (--cached: as serve rebuilds; --edit: after a new title in FILE each time)
//   serve-latency --sitegen PATH --input DIR --theme DIR [--port P] [--edits E]   save-to-served time of `sitegen serve`
//   search --news "1000 10000" [--seed S] --theme DIR [--work DIR] [--queries Q]   bytes one query downloads and known-item recall
//   report FILE                                      the tables from the lines compare-hugo.sh collected
var command = args.Length > 0 ? args[0] : "help";
var options = Options(args.Skip(1).ToArray());
string Get(string name, string? fallback = null) =>
    options.GetValueOrDefault(name) ?? fallback ?? throw new ArgumentException($"{command}: --{name} is required");
int GetInt(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v!, CultureInfo.InvariantCulture) : fallback;

switch (command)
{
    case "corpus":
    {
        var corpus = new CorpusGenerator(GetInt("news", 1000), GetInt("seed", 1));
        var dir = Path.GetFullPath(Get("out"));
        CorpusFiles.Reset(dir, ".sitegen-bench-corpus");
        SiteGenLayout.Write(corpus, Path.Combine(dir, "sitegen", "input"));
        if (options.ContainsKey("hugo"))
            HugoLayout.Write(corpus, Path.Combine(dir, "hugo"));
        Console.WriteLine($"corpus: {corpus.News} news items, {corpus.DeadlineCount} deadlines, {CorpusGenerator.PdfCount} PDFs (seed {corpus.Seed}) in {dir}");
        return 0;
    }
    case "floor":
        Console.WriteLine($"floor: {Floor.Run(Get("input"), Get("output"))} pages");
        return 0;
    case "phases":
        var now = DateTimeOffset.Parse(Get("now", CorpusGenerator.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return Phases.Run(Get("input"), Get("theme"), Get("output"), now, GetInt("runs", 3), Console.Out, cached: options.ContainsKey("cached") || options.ContainsKey("edit"),
            edit: options.GetValueOrDefault("edit")) ? 0 : 1;
    case "serve-latency":
        return ServeLatency.Run(Get("sitegen"), Path.GetFullPath(Get("input")), Path.GetFullPath(Get("theme")),
            Get("now", CorpusGenerator.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), GetInt("port", 8091), GetInt("edits", 7), Console.Out) ? 0 : 1;
    case "search":
        return SearchBench.Run(Get("news", "1000 10000").Split(' ', ',').Where(s => s.Length > 0).Select(s => int.Parse(s, CultureInfo.InvariantCulture)),
            GetInt("seed", 1), Path.GetFullPath(Get("theme", "theme")), Get("work", Path.Combine(Path.GetTempPath(), "sitegen-bench-search")),
            GetInt("queries", 40), Console.Out) ? 0 : 1;
    case "report":
        Console.Write(Report.Make(File.ReadLines(args.Length > 1 ? args[1] : throw new ArgumentException("report FILE"))));
        return 0;
    default:
        Console.Error.WriteLine("usage: sitegen-bench corpus|floor|phases|serve-latency|search|report …  (see tests/bench/compare-hugo.sh)");
        return 2;
}

static Dictionary<string, string?> Options(string[] args)
{
    var result = new Dictionary<string, string?>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal))
            continue;
        var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
        result[args[i][2..]] = hasValue ? args[++i] : null;
    }
    return result;
}
