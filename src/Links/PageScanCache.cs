using System.Collections.Immutable;
using SiteGen.Output;

namespace SiteGen.Links;

/// <summary>
/// The previous build's page scans, for a process that builds the same site again and again (the
/// preview server). Parsing every finished page is the link check's main cost; after one edit most
/// pages come out byte for byte as before, and their scan is reused instead of parsed again. A scan
/// depends only on the page's bytes and the two settings below, so reusing it gives the same findings.
/// </summary>
public sealed class PageScanCache
{
    private Snapshot last = new(ImmutableDictionary<string, PageScan>.Empty, [], null);

    private sealed record Snapshot(ImmutableDictionary<string, PageScan> ByPath, ImmutableArray<string> AllowedOrigins, string? StatementUrl);

    /// <summary>The scan of <paramref name="file"/>: the last build's when the page and the settings are unchanged, else a new one.</summary>
    public PageScan Scan(OutputFile file, ImmutableArray<string> allowedOrigins, string? statementUrl)
    {
        var snapshot = last;
        if (snapshot.ByPath.TryGetValue(file.Path, out var previous)
            && snapshot.StatementUrl == statementUrl && snapshot.AllowedOrigins.SequenceEqual(allowedOrigins)
            && previous.File.HasSameContent(file))
            return previous with { File = file };
        return PageScan.Scan(file, allowedOrigins, statementUrl);
    }

    /// <summary>Keeps this build's scans for the next one (and drops pages that are gone).</summary>
    public void Keep(IEnumerable<PageScan> scans, ImmutableArray<string> allowedOrigins, string? statementUrl) =>
        last = new Snapshot(scans.ToImmutableDictionary(s => s.File.Path, StringComparer.Ordinal), allowedOrigins, statementUrl);
}
