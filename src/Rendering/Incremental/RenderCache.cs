using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Rendering.Incremental;

/// <summary>
/// The previous build's pages, for a process that builds the same site again and again (the preview
/// server): a page whose inputs (its template's data, the templates, the theme's texts and the site's
/// settings; see <see cref="ViewFingerprint"/>) are unchanged is taken as it was, with the messages its
/// rendering gave, instead of being rendered again. After one edit, only the pages that show the
/// edited content are drawn anew.
/// </summary>
public sealed class RenderCache
{
    private ImmutableDictionary<string, Entry> last = ImmutableDictionary<string, Entry>.Empty;

    public sealed record Entry(string Fingerprint, OutputFile? File, ImmutableArray<Diagnostic> Diagnostics);

    /// <summary>The last build's page at this address, when it was drawn from the same inputs.</summary>
    public Entry? Find(string sitePath, string fingerprint) =>
        last.TryGetValue(sitePath, out var entry) && entry.Fingerprint == fingerprint ? entry : null;

    /// <summary>Keeps this build's pages for the next one (and forgets pages that are gone).</summary>
    public void Keep(IEnumerable<(string SitePath, Entry Entry)> pages) =>
        last = pages.ToImmutableDictionary(p => p.SitePath, p => p.Entry, StringComparer.Ordinal);
}
