using System.Collections.Immutable;

namespace SiteGen.Diagnostics;

/// <summary>Collects diagnostics of every phase so that one run reports every problem at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    public bool HasErrors
    {
        get { lock (gate) return items.Exists(d => d.IsError); }
    }

    public int ErrorCount
    {
        get { lock (gate) return items.Count(d => d.IsError); }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (gate) items.Add(diagnostic);
    }

    /// <summary>An error with its message in English and Norwegian: <c>Error(code, en: "...", nb: "...", location)</c>.</summary>
    public void Error(string code, string en, string nb, SourceLocation? location) =>
        Error(code, new LocalizedText(en, nb), location);

    public void Error(string code, LocalizedText message, SourceLocation? location) =>
        Add(new Diagnostic(Severity.Error, code, message, location));

    /// <summary>A warning with its message in English and Norwegian: <c>Warning(code, en: "...", nb: "...", location)</c>.</summary>
    public void Warning(string code, string en, string nb, SourceLocation? location) =>
        Warning(code, new LocalizedText(en, nb), location);

    public void Warning(string code, LocalizedText message, SourceLocation? location) =>
        Add(new Diagnostic(Severity.Warning, code, message, location));

    /// <summary>
    /// Sorted by file, line and column so that output is the same from run to run, however phases ran.
    /// A mistake in a shared template is met once per page; it is reported once.
    /// </summary>
    public ImmutableArray<Diagnostic> ToImmutable()
    {
        lock (gate)
        {
            return [.. items
                .Distinct()
                .Select((d, i) => (d, i))
                .OrderBy(x => x.d.Location?.Path ?? "", StringComparer.Ordinal)
                .ThenBy(x => x.d.Location?.Line ?? 0)
                .ThenBy(x => x.d.Location?.Column ?? 0)
                .ThenBy(x => x.i)
                .Select(x => x.d)];
        }
    }
}
