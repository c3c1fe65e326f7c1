using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Site;

/// <summary>
/// What files that could not be read at all would have given the site: their addresses and deadline ids.
/// A link to such a page or a reference to such a deadline is not reported as broken (it is the unread
/// file's fault, already reported); the file instead gets one message saying how many were not checked.
/// </summary>
public sealed class FollowOn
{
    public static readonly FollowOn None = new();

    private readonly Dictionary<string, string> addresses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> deadlineIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SourceLocation, int> skipped = new();

    /// <summary>Whether any content file could not be read (so counts over all content, like unlinked files, are unreliable).</summary>
    public bool Any => addresses.Count > 0 || deadlineIds.Count > 0;

    /// <summary>A news item or page that could not be read, with the address it would have had.</summary>
    public void AddUnreadPage(string sitePath, string sourcePath) => addresses.TryAdd(sitePath, sourcePath);

    /// <summary>A deadline record that could not be read, whose id could still be found.</summary>
    public void AddUnreadDeadline(string id, SourceLocation location) => deadlineIds.TryAdd(id, location);

    public IEnumerable<string> UnreadDeadlineIds => deadlineIds.Keys;

    /// <summary>True, and counted, when a link to this site path (without the base path) is the unread file's follow-on.</summary>
    public bool AbsorbsPath(string sitePath)
    {
        var key = sitePath.EndsWith('/') || Path.HasExtension(sitePath) ? sitePath : sitePath + "/";
        if (!addresses.TryGetValue(key, out var source))
            return false;
        skipped.AddOrUpdate(SourceLocation.StartOf(source), 1, (_, n) => n + 1);
        return true;
    }

    /// <summary>True, and counted, when a reference to this deadline id is the unread record's follow-on.</summary>
    public bool AbsorbsDeadline(string id)
    {
        if (!deadlineIds.TryGetValue(id, out var location))
            return false;
        skipped.AddOrUpdate(location, 1, (_, n) => n + 1);
        return true;
    }

    /// <summary>One message per unread file or record that something depended on.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var (location, count) in skipped.OrderBy(s => s.Key.Path, StringComparer.Ordinal).ThenBy(s => s.Key.Line))
            diagnostics.Warning(DiagnosticCodes.NotChecked,
                en: $"{(count == 1 ? "1 link or reference" : $"{count} links and references")} to what is written here could not be checked; they are checked once the error here is fixed",
                nb: $"{(count == 1 ? "1 lenke eller henvisning" : $"{count} lenker og henvisninger")} til det som står her, kunne ikke sjekkes – de blir sjekket når feilen her er rettet",
                location);
    }
}
