using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// The output folder is replaced as a whole, so it must never hold the site's own sources, nor sit
/// among them. Paths are compared with symbolic links resolved: `--input input-link --output input`
/// names one folder twice.
/// </summary>
public static class OutputGuard
{
    public static Diagnostic? Check(BuildOptions options, string outputDir)
    {
        var output = Full(outputDir);
        foreach (var source in new[] { options.InputDir, options.ThemeDir, Directory.GetCurrentDirectory() })
        {
            var full = Full(source);
            if (full == output || full.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return new Diagnostic(Severity.Error, DiagnosticCodes.OutputNotWritable, new(
                    $"the output folder '{outputDir}' contains '{source}', which would be deleted when the site is replaced; choose another --output",
                    full == output
                        ? $"«{outputDir}» er mappen med {(source == options.ThemeDir ? "temaet" : source == options.InputDir ? "innholdet" : "nettstedet")}, som ville blitt slettet når det nye nettstedet skrives dit – velg en annen mappe med --output"
                        : $"mappen «{outputDir}» som nettstedet skrives til, inneholder «{source}», som ville blitt slettet når nettstedet byttes ut – velg en annen mappe med --output"),
                    null);
        }
        // Inside input/ or theme/, the next build would read the last output as content (input/files/ and
        // theme/static/ are published as they are), and the site would grow with every build.
        foreach (var source in new[] { options.InputDir, options.ThemeDir })
        {
            if (output.StartsWith(Full(source) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return new Diagnostic(Severity.Error, DiagnosticCodes.OutputNotWritable, new(
                    $"the output folder '{outputDir}' is inside '{source}', whose files the build reads; choose another --output",
                    $"mappen «{outputDir}» som nettstedet skrives til, ligger inne i «{source}», som byggingen leser filer fra – velg en annen mappe med --output"),
                    null);
        }
        return null;
    }

    private static string Full(string path) => SiteGen.Output.RealPath.Of(path);
}
