using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// What would stop the site being written, found while it is still in memory so it is reported at
/// the file that causes it and output/ stays as it was: a file where a folder of the same name is
/// needed, and names the file system does not take. Checked after <see cref="OutputPaths.CheckUnique"/>.
/// </summary>
public static class OutputConflicts
{
    /// <param name="copied">The output paths of files published as they are (input/static, theme/static, input/files …):
    /// an editor names those, so a clash with a generated page is reported at them.</param>
    public static void Check(ImmutableArray<OutputFile> files, IReadOnlySet<string> copied, DiagnosticBag diagnostics)
    {
        var tree = new OutputTree();
        foreach (var file in files)
            tree.Add(file.Path);
        var byPath = files.ToDictionary(f => f.Path, StringComparer.OrdinalIgnoreCase);
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase); // a file where "aktuelt/" should be is one error, not one per news item
        foreach (var inner in files)
        {
            if (OutputTree.TooLong(inner.Path) is { } tooLong && !RefusedAtItsLine(inner.Path))
            {
                diagnostics.Error(DiagnosticCodes.OutputNameTooLong, tooLong + new LocalizedText(
                    $" ({inner.Source} would be written to it); give it a shorter name",
                    $" ({inner.Source} skulle blitt skrevet dit) – gi den et kortere navn"), SourceLocation.StartOf(inner.Source));
                continue;
            }
            if (tree.FileAbove(inner.Path) is not { } outerPath || !reported.Add(outerPath))
                continue;
            var outer = byPath[outerPath];
            // The file an editor put in input/ is the one to rename; of two such files, the one standing in the folder's way.
            var blamed = copied.Contains(outer.Path) || !copied.Contains(inner.Path) ? outer : inner;
            var (outerName, innerName) = (Name(outer, copied), Name(inner, copied));
            diagnostics.Error(DiagnosticCodes.DuplicateOutputPath,
                en: $"{outerName.En} would be the file output/{outer.Path}, but {innerName.En} needs a folder of that name (for output/{inner.Path}); a file and a folder cannot have one name, so rename or move {blamed.Source}",
                nb: $"{outerName.Nb} skulle blitt filen output/{outer.Path}, men {innerName.Nb} trenger en mappe med samme navn (til output/{inner.Path}) – en fil og en mappe kan ikke hete det samme, så gi {blamed.Source} et annet navn eller flytt den",
                SourceLocation.StartOf(blamed.Source));
        }
    }

    /// <summary>A copied file by its path; a generated one's source is a template or a label ("news"), so "the site" says more to an editor.</summary>
    private static LocalizedText Name(OutputFile file, IReadOnlySet<string> copied) =>
        copied.Contains(file.Path) ? new(file.Source, file.Source) : new("the site", "nettstedet");

    /// <summary>A slug, deadline id or audience longer than <see cref="Urls.Slugs.MaxLength"/> was refused where it is written already.</summary>
    private static bool RefusedAtItsLine(string path) =>
        path.Split('/').Any(n => Path.GetFileNameWithoutExtension(n) is var name && name.Length > Urls.Slugs.MaxLength && Urls.Slugs.IsValid(name));
}
