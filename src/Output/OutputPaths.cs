using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Output;

public static class OutputPaths
{
    /// <summary>Two sources writing one path is an error naming both; the result is sorted by path.</summary>
    public static ImmutableArray<OutputFile> CheckUnique(IEnumerable<OutputFile> files, DiagnosticBag diagnostics)
    {
        var all = files.ToArray();
        // Ordinal-ignore-case: on Windows and macOS disks "Rapport.pdf" and "rapport.pdf" are one file.
        var paths = new HashSet<string>(all.Length, StringComparer.OrdinalIgnoreCase);
        if (Array.TrueForAll(all, f => paths.Add(f.Path)))
            return [.. all.OrderBy(f => f.Path, StringComparer.Ordinal)];   // no two alike, as in every build that succeeds: nothing to group
        var result = ImmutableArray.CreateBuilder<OutputFile>();
        foreach (var group in all.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
                diagnostics.Error(DiagnosticCodes.DuplicateOutputPath,
                    en: $"both {first.Source} and {other.Source} would be written to output/{other.Path}; rename one of them",
                    nb: $"både {first.Source} og {other.Source} ville blitt skrevet til output/{other.Path} – gi den ene et annet navn",
                    SourceLocation.StartOf(other.Source));
            result.Add(first);
        }
        return [.. result.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}
