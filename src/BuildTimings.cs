using System.Diagnostics;

namespace SiteGen;

/// <summary>
/// Where a build's time goes, phase by phase (the benchmark reads it). Optional: a build without one
/// pays nothing. <see cref="Begin"/> ends the running phase and starts the next; a phase that runs
/// twice (a rebuild in the same process) adds up.
/// </summary>
public sealed class BuildTimings
{
    public const string Load = "load";
    public const string Parse = "parse";
    public const string Model = "model";
    public const string Render = "render";
    public const string PostProcess = "post-process";
    public const string Write = "write";

    /// <summary>The phases in the order a build runs them.</summary>
    public static readonly IReadOnlyList<string> Order = [Load, Parse, Model, Render, PostProcess, Write];

    private readonly Stopwatch clock = new();
    private readonly Dictionary<string, TimeSpan> totals = new(StringComparer.Ordinal);
    private string? current;

    public void Begin(string phase)
    {
        End();
        current = phase;
        clock.Restart();
    }

    public void End()
    {
        if (current is null)
            return;
        totals[current] = this[current] + clock.Elapsed;
        current = null;
    }

    /// <summary>Time spent in a phase so far; zero for one that has not run.</summary>
    public TimeSpan this[string phase] => totals.GetValueOrDefault(phase);

    public TimeSpan Total => totals.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
}
