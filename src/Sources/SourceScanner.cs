using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Sources;

/// <summary>
/// Phase 1: reads every input and theme file into memory, so no later phase reads content from the disk
/// (only the web editor's bundle, SiteGen's own files, is copied from its folder: see Cms.CmsBundle).
/// It follows no symbolic link out of its root and refuses files too large to be content.
/// </summary>
public static class SourceScanner
{
    public const long MaxTextFileBytes = 8 * 1024 * 1024;

    /// <summary>How the scan reads one file it found (with the stamp it found it with); a rebuild puts its cache around <see cref="SourceRoot.Read"/>.</summary>
    public delegate SourceFile? Reader(SourceRoot root, string relative, FileStamp stamp, long maxBytes, DiagnosticBag diagnostics);

    /// <summary>Reads every file: a single build.</summary>
    public static readonly Reader ReadAll = (root, relative, _, maxBytes, diagnostics) => root.Read(relative, maxBytes, diagnostics);

    public static SourceSet Scan(SourceRoot input, SourceRoot theme, DiagnosticBag diagnostics, Reader? reader = null)
    {
        var read = reader ?? ReadAll;
        if (!Directory.Exists(input.FullPath))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, en: $"the input folder '{input.Display}' does not exist",
                nb: $"innholdsmappen «{input.Display}» finnes ikke – kjør kommandoen i nettstedets mappe, eller oppgi mappen med --input", null);
            return Empty;
        }

        if (!Directory.Exists(theme.FullPath))
        {
            // Without this, every page would report its own missing template.
            diagnostics.Error(DiagnosticCodes.MissingFile, en: $"the theme folder '{theme.Display}' does not exist",
                nb: $"temamappen «{theme.Display}» finnes ikke – kjør kommandoen i nettstedets mappe, eller oppgi mappen med --theme", null);
            return Empty;
        }

        var inputFiles = input.Walk(diagnostics);
        var themeFiles = theme.Walk(diagnostics);
        if (inputFiles.IsEmpty)
            diagnostics.Error(DiagnosticCodes.MissingFile, en: $"the input folder '{input.Display}' is empty; it needs at least site.yml",
                nb: $"innholdsmappen «{input.Display}» er tom – den må i det minste ha site.yml", null);

        ImmutableArray<SourceFile> Under(ImmutableSortedDictionary<string, FileStamp> files, SourceRoot root, string folder, Func<string, bool> accept, bool text = true) =>
            [.. files.Where(f => f.Key.StartsWith(folder, StringComparison.Ordinal) && accept(f.Key))
                     .AsParallel().AsOrdered() // thousands of small files: reads overlap on every core
                     .Select(f => read(root, f.Key, f.Value, text ? MaxTextFileBytes : long.MaxValue, diagnostics))
                     .OfType<SourceFile>()];
        SourceFile? One(string relative) =>
            inputFiles.TryGetValue(relative, out var stamp) ? read(input, relative, stamp, MaxTextFileBytes, diagnostics) : null;

        static bool IsMarkdown(string f) => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        static bool Any(string f) => true;

        return new SourceSet(
            One("site.yml"),
            One("data/deadlines.yml"),
            Under(inputFiles, input, "news/", IsMarkdown),
            Under(inputFiles, input, "pages/", IsMarkdown),
            Under(inputFiles, input, "files/", Any, text: false),
            [.. Under(inputFiles, input, "_templates/", Any), .. Under(themeFiles, theme, "templates/", Any)],
            [.. Under(themeFiles, theme, "static/", Any, text: false), .. Under(inputFiles, input, "static/", Any, text: false)])
        {
            ContentFiles = [.. Under(inputFiles, input, "news/", f => !IsMarkdown(f), text: false), .. Under(inputFiles, input, "pages/", f => !IsMarkdown(f), text: false)],
            I18n = Under(themeFiles, theme, "i18n/", Any),
        };
    }

    /// <summary>What a scan gives when the input or theme folder is missing: nothing to build, and nothing more to report.</summary>
    public static readonly SourceSet Empty = new(null, null, [], [], [], [], []);
}
