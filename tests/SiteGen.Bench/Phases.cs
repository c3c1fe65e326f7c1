using System.Diagnostics;
using System.Globalization;
using SiteGen.Output;

namespace SiteGen.Bench;

/// <summary>
/// SiteGen's own time per phase: several builds of one site in this process. The first is cold
/// (a fresh process: JIT, loading, cold caches), the rest are warm rebuilds as 'serve' would do them.
/// </summary>
public static class Phases
{
    /// <summary>Prints one line per run and phase: "phase\t{run}\t{name}\t{ms}". Returns false when a build fails.</summary>
    /// <param name="cached">Rebuild as the preview server does, reusing the previous build's pages where nothing changed.</param>
    public static bool Run(string input, string theme, string output, DateTimeOffset now, int runs, TextWriter stdout, bool cached = false)
    {
        var cache = cached ? new SiteGen.Incremental.BuildCache() : null;
        for (var run = 1; run <= runs; run++)
        {
            var timings = new BuildTimings();
            var clock = Stopwatch.StartNew();
            var result = SiteBuilder.Build(new BuildOptions(input, theme, now, Timings: timings, Cache: cache));
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
        }
        return true;
    }
}
