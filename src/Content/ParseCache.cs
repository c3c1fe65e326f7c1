using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// The previous build's parsed files, for a process that builds the same site again and again (the
/// preview server). A file whose bytes are unchanged, read with the same Markdown settings (base path,
/// published files and their labels), is taken as it was parsed, with its messages and the links it
/// rendered, instead of being parsed again. After one edit, only the edited file is parsed anew.
/// </summary>
public sealed class ParseCache
{
    private ImmutableDictionary<string, Entry> last = ImmutableDictionary<string, Entry>.Empty;
    private readonly ConcurrentDictionary<string, Entry> next = new(StringComparer.Ordinal);

    private sealed record Entry(string RelativePath, byte[] Bytes, string Settings, object? Result,
        ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<SourceLink> Links);

    /// <summary>The parsed file: the last build's when file and settings are unchanged, else parsed now with a renderer of its own.</summary>
    /// <param name="settings">A fingerprint of what parsing depends on besides the file.</param>
    /// <param name="rendererFor">A Markdown renderer reporting to the given messages, for this file alone.</param>
    public T? Parse<T>(SourceFile file, string settings, Func<DiagnosticBag, MarkdownRenderer> rendererFor,
        Func<SourceFile, MarkdownRenderer, DiagnosticBag, T?> parse, MarkdownRenderer shared, DiagnosticBag diagnostics) where T : class
    {
        if (!last.TryGetValue(file.DisplayPath, out var entry) || entry.RelativePath != file.RelativePath || entry.Settings != settings
            || !entry.Bytes.AsSpan().SequenceEqual(file.Bytes))
        {
            var own = new DiagnosticBag();
            var markdown = rendererFor(own);
            var result = parse(file, markdown, own);
            entry = new Entry(file.RelativePath, file.Bytes, settings, result, own.ToImmutable(), markdown.RenderedLinks);
        }
        next[file.DisplayPath] = entry;
        foreach (var diagnostic in entry.Diagnostics)
            diagnostics.Add(diagnostic);
        shared.Include(entry.Links);
        return (T?)entry.Result;
    }

    /// <summary>Keeps this build's files for the next build, and forgets files that are gone.</summary>
    public void Commit()
    {
        last = next.ToImmutableDictionary(StringComparer.Ordinal);
        next.Clear();
    }
}
