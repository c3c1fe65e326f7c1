using System.Runtime.ExceptionServices;
using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// Phase 6, the only code that writes the site to disk. The new site is written complete into a
/// sibling folder and then swapped in, so a failure at any point leaves the previous output/ whole.
/// </summary>
public static class OutputWriter
{
    public static Diagnostic? Write(BuildResult result, string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(target))
            return Problem(new($"'{outputDir}' is a file, not a folder; remove it or choose another --output",
                $"«{outputDir}» er en fil, ikke en mappe – slett den, eller velg en annen mappe med --output"));
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            DeleteIfExists(staging);
            WriteAll(result, staging);
            if (Directory.Exists(target))
            {
                DeleteIfExists(retired);
                Directory.Move(target, retired);
            }
            Directory.Move(staging, target);
            DeleteIfExists(retired);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            if (!Directory.Exists(target) && Directory.Exists(retired))
                Directory.Move(retired, target);
            return Problem(new($"cannot write the site to '{outputDir}': {e.Message}; the previous site was left as it was",
                $"nettstedet kan ikke skrives til «{outputDir}» (systemet sier: «{e.Message.TrimEnd('.')}») – det forrige nettstedet ligger der fortsatt uendret; sjekk at mappen ikke er åpen i et annet program, og at du har tilgang til den"));
        }
    }

    /// <summary>
    /// Files are written on every core: creating some 11,000 files and folders is mostly time in the
    /// kernel, and two writers overlap it. Each file goes to its own path, so the order does not matter.
    /// </summary>
    private static void WriteAll(BuildResult result, string root)
    {
        Directory.CreateDirectory(root);
        try
        {
            Parallel.ForEach(result.Files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                var path = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is IOException or UnauthorizedAccessException))
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw(); // reported like a sequential write's failure
        }
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }

    private static void TryDelete(string dir)
    {
        try { DeleteIfExists(dir); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* best effort: a stale staging folder is harmless */ }
    }

    private static Diagnostic Problem(LocalizedText message) => new(Severity.Error, DiagnosticCodes.OutputNotWritable, message, null);
}
