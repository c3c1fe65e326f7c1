using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Output;
using SiteGen.Server;

namespace SiteGen.Bench;

/// <summary>
/// SiteGen's own time per phase: several builds of one site in this process. The first is cold
/// (a fresh process: JIT, loading, cold caches), the rest are warm rebuilds as 'serve' would do them.
/// </summary>
public static partial class Phases
{
    /// <summary>Prints one line per run and phase: "phase\t{run}\t{name}\t{ms}", then the run's "total", "cpu", "allocated-mb" and "gc-pause". Returns false when a build fails.</summary>
    /// <param name="cached">Rebuild as the preview server does, reusing the previous build's pages where nothing changed.</param>
    /// <param name="edit">
    /// A Markdown file given a new title before each rebuild, as an editor's save; garbage is then collected before each
    /// rebuild as serve's <see cref="QuietCollector"/> does, so the warm runs are serve's rebuilds, phase by phase.
    /// </param>
    public static bool Run(string input, string theme, string output, DateTimeOffset now, int runs, TextWriter stdout, bool cached = false, string? edit = null)
    {
        var cache = cached ? new SiteGen.Incremental.BuildCache() : null;
        var collector = edit is null ? null : new QuietCollector();
        var original = edit is null ? null : File.ReadAllText(edit);
        try
        {
            return Builds(input, theme, output, now, runs, stdout, cache, collector, edit, original);
        }
        finally
        {
            if (edit is not null)
                File.WriteAllText(edit, original);
        }
    }

    private static bool Builds(string input, string theme, string output, DateTimeOffset now, int runs, TextWriter stdout,
        SiteGen.Incremental.BuildCache? cache, QuietCollector? collector, string? edit, string? original)
    {
        for (var run = 1; run <= runs; run++)
        {
            if (edit is not null && run > 1)
            {
                File.WriteAllText(edit, TitleLine().Replace(original!, $"title: \"Endret {run}\"", 1));
                collector!.Collect();
            }
            var allocated = GC.GetTotalAllocatedBytes();
            var timings = new BuildTimings();
            var clock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            var paused = GC.GetTotalPauseDuration();
            var result = SiteBuilder.Build(new BuildOptions(input, theme, now, Timings: timings, Cache: cache));
            cpu = Environment.CpuUsage.TotalTime - cpu;
            paused = GC.GetTotalPauseDuration() - paused;
            allocated = GC.GetTotalAllocatedBytes() - allocated;
            collector?.Rebuilt(allocated);
            if (!result.Succeeded)
            {
                foreach (var d in result.Diagnostics.Take(20))
                    Console.Error.WriteLine(d);
                return false;
            }
            timings.Begin(BuildTimings.Write);
            var error = OutputWriter.Write(result.Files, output);
            timings.End();
            clock.Stop();
            if (error is not null)
            {
                Console.Error.WriteLine(error);
                return false;
            }
            foreach (var phase in BuildTimings.Order)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase\t{run}\t{phase}\t{timings[phase].TotalMilliseconds:0.0}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase\t{run}\ttotal\t{clock.Elapsed.TotalMilliseconds:0.0}"));
            // The build's processor time (all threads, the write left out): steadier than wall time on a shared machine.
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase\t{run}\tcpu\t{cpu.TotalMilliseconds:0.0}"));
            // What the build allocated and how long its collections paused it: the memory side of the same figure.
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase\t{run}\tallocated-mb\t{allocated / 1e6:0.0}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase\t{run}\tgc-pause\t{paused.TotalMilliseconds:0.0}"));
        }
        return true;
    }

    [GeneratedRegex("(?m)^title: .*$")]
    private static partial Regex TitleLine();
}
