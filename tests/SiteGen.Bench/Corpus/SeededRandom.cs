namespace SiteGen.Bench.Corpus;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by this code alone, so a seed gives the same
/// corpus on every .NET version and machine (System.Random's seeded sequence is not a documented promise).
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>An independent stream for one item: the same (seed, index) always gives the same text.</summary>
    public static SeededRandom For(int seed, int index, int salt = 0) =>
        new(((ulong)(uint)seed << 32) ^ ((ulong)(uint)index * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)salt << 17));

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [min, max).</summary>
    public int Next(int min, int max) => min + (int)(NextUInt64() % (ulong)(max - min));

    public bool Chance(int percent) => Next(0, 100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];
}
