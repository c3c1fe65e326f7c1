using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Parsed news items and pages kept from one build to the next inside one process (the preview),
/// keyed by file, content hash and base path, as Statiq's CacheDocuments does: a save re-parses
/// only the file that changed. A parse's diagnostics are kept with it and reported again on every
/// build that reuses it. Parsing is a pure function of those keys, so a hit is exactly what a fresh
/// parse would give. Builds sharing one cache must run one at a time.
/// </summary>
public sealed class ParseCache
{
    private ConcurrentDictionary<Key, Entry> used = new();
    private ConcurrentDictionary<Key, Entry> previous = new();
    private int hits;
    private int misses;

    /// <summary>Parses saved and done, since the cache was made: for tests and measurements.</summary>
    public (int Hits, int Misses) Counts => (hits, misses);

    public T? Parse<T>(SourceFile file, string basePath, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> parse) where T : class
    {
        var key = new Key(typeof(T), file.DisplayPath, basePath, Convert.ToHexString(SHA256.HashData(file.Bytes)));
        if (!used.TryGetValue(key, out var entry))
        {
            if (previous.TryGetValue(key, out entry))
                Interlocked.Increment(ref hits);
            else
            {
                Interlocked.Increment(ref misses);
                var own = new DiagnosticBag();
                entry = new Entry(parse(own), own.ToImmutable());
            }
            used[key] = entry;
        }
        foreach (var diagnostic in entry.Diagnostics)
            diagnostics.Add(diagnostic);
        return (T?)entry.Value;
    }

    /// <summary>After a build's parse phase: forget what it did not use (deleted and changed files).</summary>
    public void Sweep()
    {
        previous = used;
        used = new();
    }

    private readonly record struct Key(Type Kind, string Path, string BasePath, string Hash);

    private sealed record Entry(object? Value, ImmutableArray<Diagnostic> Diagnostics);
}
