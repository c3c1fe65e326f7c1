using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Incremental;

/// <summary>
/// What one build leaves for the next in the same process (the preview server): the result of each
/// step for each key (a file, a page, a feed), with the messages it gave, kept with the fingerprint of
/// the step's inputs. The build asks for a step through <see cref="Get{T}"/>; on a hit the step is not
/// run and its messages are given again, so an edit redoes only the steps whose inputs it changed.
/// The steps themselves never see the cache. Builds that share one must run one at a time.
/// </summary>
public sealed class BuildCache
{
    /// <summary>A cache that keeps nothing: every step runs (a single build).</summary>
    public static readonly BuildCache None = new(keeps: false);

    private readonly bool keeps;
    private readonly ConcurrentDictionary<(string Step, string Key), Entry> entries = new();
    private int build;

    // Marked with the build that last asked for it, so the sweep needs no second table (a write per step, with its lock).
    private sealed class Entry(string fingerprint, object? value, ImmutableArray<Diagnostic> diagnostics)
    {
        public string Fingerprint { get; } = fingerprint;
        public object? Value { get; } = value;
        public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;
        public int Build;
    }

    public BuildCache()
        : this(keeps: true)
    {
    }

    private BuildCache(bool keeps) => this.keeps = keeps;

    /// <summary>The step's result for this key: the kept one when the inputs' fingerprint is unchanged, else computed now.</summary>
    /// <param name="fingerprint">Computes the fingerprint of everything the step reads (only when the cache keeps results).</param>
    /// <param name="step">Runs the step, reporting to the messages it is given.</param>
    public T Get<T>(string stepName, string key, Func<string> fingerprint, DiagnosticBag diagnostics, Func<DiagnosticBag, T> step)
    {
        if (!keeps)
            return step(diagnostics);
        var print = fingerprint();
        if (!entries.TryGetValue((stepName, key), out var entry) || entry.Fingerprint != print)
        {
            var own = new DiagnosticBag();
            entry = new Entry(print, step(own), own.ToImmutable());
            entries[(stepName, key)] = entry;
        }
        entry.Build = build;
        foreach (var diagnostic in entry.Diagnostics)
            diagnostics.Add(diagnostic);
        return (T)entry.Value!;
    }

    /// <summary>After a build: forgets what it did not ask for (files deleted, pages gone), so the cache follows the site.</summary>
    public void Sweep()
    {
        if (!keeps)
            return;
        Fingerprint.EndBuild();
        foreach (var (key, entry) in entries)
        {
            if (entry.Build != build)
                entries.TryRemove(key, out _);
        }
        build++;
    }
}
