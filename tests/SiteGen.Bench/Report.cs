using System.Globalization;
using System.Text;

namespace SiteGen.Bench;

/// <summary>
/// Turns the lines tests/bench/compare-hugo.sh collected into the tables of the README's "Performance" section:
/// medians per generator and size, ratios of medians, and the median of the paired per-run ratios.
/// </summary>
public static class Report
{
    private sealed record ProcessRun(int N, string Tool, int Run, double Wall, double Cpu, double RssMb, int Pages);

    private sealed record PhaseRun(int N, int Process, int Run, string Phase, double Ms);

    public static string Make(IEnumerable<string> lines)
    {
        var runs = new List<ProcessRun>();
        var phases = new List<PhaseRun>();
        var serve = new List<(int N, double Ms)>();
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f[0] == "run" && f.Length >= 9)
                runs.Add(new ProcessRun(Int(f[1]), f[2], Int(f[3]), Num(f[4]), Num(f[5]) + Num(f[6]), Num(f[7]) / 1024, Int(f[8])));
            else if (f[0] == "phase" && f.Length >= 6)
                phases.Add(new PhaseRun(Int(f[1]), Int(f[2]), Int(f[3]), f[4], Num(f[5])));
            else if (f[0] == "serve" && f.Length >= 3)
                serve.Add((Int(f[1]), Num(f[2])));
        }
        var text = new StringBuilder();
        Processes(runs, text);
        Ratios(runs, text);
        Phases(phases, text);
        foreach (var (n, ms) in serve)
            text.AppendLine(Invariant($"serve, N = {Size(n)}: a saved news item is served {ms:0} ms later (median of the edits)."));
        Targets(runs, serve, text);
        return text.ToString();
    }

    private static void Processes(List<ProcessRun> runs, StringBuilder text)
    {
        text.AppendLine("| N | generator | runs | wall (s) | CPU user+sys (s) | peak memory (MB) | pages | pages/s |");
        text.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in runs.GroupBy(r => (r.N, r.Tool)).OrderBy(g => g.Key.N).ThenBy(g => ToolOrder(g.Key.Tool)))
        {
            var wall = Median(group.Select(r => r.Wall));
            var pages = group.Max(r => r.Pages);
            text.AppendLine(Invariant($"| {Size(group.Key.N)} | {group.Key.Tool} | {group.Count()} | {wall:0.00} | {Median(group.Select(r => r.Cpu)):0.00} | {Median(group.Select(r => r.RssMb)):0} | {pages:N0} | {(wall > 0 ? pages / wall : 0):N0} |"));
        }
        text.AppendLine();
    }

    private static void Ratios(List<ProcessRun> runs, StringBuilder text)
    {
        text.AppendLine("| N | ratio | wall: ratio of medians | wall: median of paired ratios | CPU: ratio of medians | memory: ratio of medians |");
        text.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: |");
        foreach (var n in runs.Select(r => r.N).Where(n => n > 0).Distinct().Order())
        {
            foreach (var other in new[] { "hugo", "floor" })
            {
                var a = runs.Where(r => r.N == n && r.Tool == "sitegen").ToList();
                var b = runs.Where(r => r.N == n && r.Tool == other).ToList();
                if (a.Count == 0 || b.Count == 0)
                    continue;
                var paired = a.Join(b, x => x.Run, y => y.Run, (x, y) => x.Wall / y.Wall).ToList();
                text.AppendLine(Invariant($"| {n:N0} | sitegen / {other} | {Median(a.Select(r => r.Wall)) / Median(b.Select(r => r.Wall)):0.00} | {(paired.Count > 0 ? Median(paired) : double.NaN):0.00} | {Median(a.Select(r => r.Cpu)) / Median(b.Select(r => r.Cpu)):0.00} | {Median(a.Select(r => r.RssMb)) / Median(b.Select(r => r.RssMb)):0.00} |"));
            }
        }
        var sizes = runs.Select(r => r.N).Where(n => n > 0).Distinct().Order().ToList();
        if (sizes.Count >= 2)
        {
            var (small, large) = (sizes[0], sizes[^1]);
            text.AppendLine();
            text.AppendLine(Invariant($"| generator | wall({large:N0}) / wall({small:N0}) | CPU({large:N0}) / CPU({small:N0}) |"));
            text.AppendLine("| --- | ---: | ---: |");
            foreach (var tool in runs.Select(r => r.Tool).Distinct().OrderBy(ToolOrder))
            {
                var s = runs.Where(r => r.N == small && r.Tool == tool).ToList();
                var l = runs.Where(r => r.N == large && r.Tool == tool).ToList();
                if (s.Count > 0 && l.Count > 0)
                    text.AppendLine(Invariant($"| {tool} | {Median(l.Select(r => r.Wall)) / Median(s.Select(r => r.Wall)):0.0} | {Median(l.Select(r => r.Cpu)) / Median(s.Select(r => r.Cpu)):0.0} |"));
            }
        }
        text.AppendLine();
    }

    /// <summary>The targets of issue 15, each with what was measured: a ratio of medians, a median, or "not measured".</summary>
    private static void Targets(List<ProcessRun> runs, List<(int N, double Ms)> serve, StringBuilder text)
    {
        double Ratio(int n, string other, Func<ProcessRun, double> value) =>
            Median(runs.Where(r => r.N == n && r.Tool == "sitegen").Select(value)) / Median(runs.Where(r => r.N == n && r.Tool == other).Select(value));
        var rows = new (string Target, double Measured, double Limit, string Unit)[]
        {
            ("N = 10,000: wall, SiteGen / Hugo", Ratio(10000, "hugo", r => r.Wall), 1.0, "×"),
            ("N = 10,000: wall, SiteGen / floor", Ratio(10000, "floor", r => r.Wall), 2.0, "×"),
            ("N = 10,000: peak memory, SiteGen / Hugo", Ratio(10000, "hugo", r => r.RssMb), 0.5, "×"),
            ("N = 1,000: wall, SiteGen / Hugo", Ratio(1000, "hugo", r => r.Wall), 1.5, "×"),
            ("real site, cold build: wall", Median(runs.Where(r => r.N == 0 && r.Tool == "sitegen").Select(r => r.Wall)), 0.6, " s"),
            ("serve, N = 1,000: save to served", serve.Where(s => s.N == 1000).Select(s => s.Ms).DefaultIfEmpty(double.NaN).First(), 150, " ms"),
            ("serve, real site: save to served", serve.Where(s => s.N == 0).Select(s => s.Ms).DefaultIfEmpty(double.NaN).First(), 50, " ms"),
        };
        text.AppendLine();
        text.AppendLine("| target (issue 15) | limit | measured | met |");
        text.AppendLine("| --- | ---: | ---: | --- |");
        foreach (var (target, measured, limit, unit) in rows)
            text.AppendLine(double.IsNaN(measured)
                ? Invariant($"| {target} | ≤ {limit:0.##}{unit} | not measured | – |")
                : Invariant($"| {target} | ≤ {limit:0.##}{unit} | {measured:0.##}{unit} | {(measured <= limit ? "yes" : "no")} |"));
    }

    /// <summary>Cold: the first build in each fresh process. Warm: the later builds in the same process.</summary>
    private static void Phases(List<PhaseRun> phases, StringBuilder text)
    {
        if (phases.Count == 0)
            return;
        var names = new List<string>(BuildTimings.Order) { "total" };
        text.AppendLine("SiteGen per phase, milliseconds (median; cold = first build in a fresh process, warm = later builds in the same process):");
        text.AppendLine();
        text.AppendLine("| N | build | " + string.Join(" | ", names) + " |");
        text.AppendLine("| ---: | --- |" + string.Concat(names.Select(_ => " ---: |")));
        foreach (var n in phases.Select(p => p.N).Distinct().Order())
        {
            foreach (var (label, cold) in new[] { ("cold", true), ("warm", false) })
            {
                var selected = phases.Where(p => p.N == n && (p.Run == 1) == cold).ToList();
                if (selected.Count == 0)
                    continue;
                var cells = names.Select(name => Median(selected.Where(p => p.Phase == name).Select(p => p.Ms)));
                text.AppendLine(Invariant($"| {n:N0} | {label} | ") + string.Join(" | ", cells.Select(c => Invariant($"{c:0}"))) + " |");
            }
        }
        text.AppendLine();
    }

    /// <summary>N = 0 is the real site (input/).</summary>
    private static string Size(int n) => n == 0 ? "real site" : n.ToString("N0", CultureInfo.InvariantCulture);

    private static int ToolOrder(string tool) => tool switch { "sitegen" => 0, "hugo" => 1, "floor" => 2, _ => 3 };

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return double.NaN;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
