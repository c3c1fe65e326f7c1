using System.Runtime.ExceptionServices;
using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// Phase 6, the only code that writes the site to disk. The new site is written complete into a
/// sibling folder and then swapped in, so a failure at any point leaves the previous output/ whole.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes the site; null on success, else the error. A problem after the swap (the old tree not removable) is in <paramref name="warning"/>.</summary>
    public static Diagnostic? Write(IReadOnlyCollection<OutputFile> files, string outputDir) => Write(files, outputDir, out _);

    public static Diagnostic? Write(IReadOnlyCollection<OutputFile> files, string outputDir, out Diagnostic? warning)
    {
        warning = null;
        // Through a link the real folder is written, so the link stays and the guard's real-path checks hold.
        var target = RealPath.Of(outputDir);
        if (File.Exists(target))
            return Problem(new($"'{outputDir}' is a file, not a folder; remove it or choose another --output",
                $"«{outputDir}» er en fil, ikke en mappe – slett den, eller velg en annen mappe med --output"));
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new");
        var retired = Path.Combine(parent, $".{name}.old");
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Problem(new($"cannot write the site to '{outputDir}': {e.Message}",
                $"nettstedet kan ikke skrives til «{outputDir}» (systemet sier: «{e.Message.TrimEnd('.')}») – sjekk at mappen over finnes og at du har tilgang til den"));
        }
        using var held = TakeLock(parent, name, outputDir, out var busy);
        if (busy is not null)
            return busy;
        if (Recover(target, retired) is { } unrecoverable)
            return unrecoverable;
        if (!OutputMarker.MayReplace(target))
            return Problem(new($"'{outputDir}' already holds files that SiteGen did not write (it has no {OutputMarker.FileName}); nothing was changed. Choose another --output, or empty the folder if it may be replaced",
                $"mappen «{outputDir}» har filer som SiteGen ikke har laget (den mangler {OutputMarker.FileName}), og ingenting er endret – velg en annen mappe med --output, eller tøm mappen hvis den kan byttes ut"));
        if (SetAside(retired, outputDir, out warning) is { } stuck)
            return stuck;
        try
        {
            DeleteIfExists(staging);
            DeleteIfExists(retired); // left by a build that stopped after its swap
            WriteAll(files, staging, Directory.Exists(target) ? target : null);
            OutputMarker.WriteInto(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            return Problem(new($"cannot write the site to '{outputDir}': {e.Message}; the previous site was left as it was",
                $"nettstedet kan ikke skrives til «{outputDir}» (systemet sier: «{e.Message.TrimEnd('.')}») – det forrige nettstedet ligger der fortsatt uendret; sjekk at mappen ikke er åpen i et annet program, og at du har tilgang til den"));
        }
        try
        {
            if (Directory.Exists(target))
                AtomicSwap.Exchange(staging, target, retired);
            else
                Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the fallback's two renames can stop halfway; put the old site back if so.
            if (!Directory.Exists(target) && Directory.Exists(retired))
                TryMove(retired, target);
            TryDelete(staging);
            return Problem(Directory.Exists(target) && OutputMarker.IsMarked(target)
                ? new($"cannot put the new site in place at '{outputDir}': {e.Message}; the previous site is still there",
                    $"det nye nettstedet kan ikke settes på plass i «{outputDir}» (systemet sier: «{e.Message.TrimEnd('.')}») – det forrige nettstedet ligger der fortsatt")
                : new($"cannot put the new site in place at '{outputDir}': {e.Message}; the folder may be empty now — run the build again",
                    $"det nye nettstedet kan ikke settes på plass i «{outputDir}» (systemet sier: «{e.Message.TrimEnd('.')}») – mappen kan nå være tom; kjør byggingen på nytt"));
        }
        try
        {
            DeleteIfExists(retired);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new site is in place; only the old copy beside it is left. Say exactly that.
            warning = new Diagnostic(Severity.Warning, DiagnosticCodes.OutputNotWritable, new(
                $"the new site is in '{outputDir}', but the previous one could not be removed from '{retired}' ({e.Message}); the next build tries again, or delete it yourself",
                $"det nye nettstedet ligger i «{outputDir}», men det forrige kunne ikke slettes fra «{retired}» (systemet sier: «{e.Message.TrimEnd('.')}») – neste bygging prøver igjen, eller slett mappen selv"), null);
        }
        return null;
    }

    /// <summary>
    /// Clears the retired name for this build's swap. What is there was left by a build that stopped after its swap,
    /// or could not be deleted after it (a file made immutable with chattr +i, or owned by another user); such a copy
    /// is moved aside to a name the next builds try to delete again, so it does not stop every build from now on.
    /// </summary>
    private static Diagnostic? SetAside(string retired, string outputDir, out Diagnostic? warning)
    {
        warning = null;
        try
        {
            DeleteIfExists(retired);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var aside = $"{retired}-{Environment.ProcessId}";
            try
            {
                Directory.Move(retired, aside);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                return Problem(new($"an old copy of the site in '{retired}' can neither be deleted nor moved ({e.Message}); '{outputDir}' was not changed. Delete that folder yourself (lsattr shows files locked with chattr +i) and build again",
                    $"en gammel kopi av nettstedet i «{retired}» kan verken slettes eller flyttes (systemet sier: «{e.Message.TrimEnd('.')}»), og «{outputDir}» er ikke endret – slett den mappen selv (lsattr viser filer som er låst med chattr +i), og bygg på nytt"));
            }
            warning = new Diagnostic(Severity.Warning, DiagnosticCodes.OutputNotWritable, new(
                $"an old copy of the site could not be deleted ({e.Message}) and is now in '{aside}'; the new site was written to '{outputDir}' all the same. Delete that folder yourself (lsattr shows files locked with chattr +i)",
                $"en gammel kopi av nettstedet kunne ikke slettes (systemet sier: «{e.Message.TrimEnd('.')}») og ligger nå i «{aside}», men det nye nettstedet er skrevet til «{outputDir}» likevel – slett den mappen selv (lsattr viser filer som er låst med chattr +i)"), null);
            return null;
        }
    }

    private static OutputLock? TakeLock(string parent, string name, string outputDir, out Diagnostic? busy)
    {
        busy = null;
        OutputLock? taken;
        try
        {
            taken = OutputLock.Take(Path.Combine(parent, $".{name}.lock"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            busy = Problem(new($"cannot lock '{outputDir}' for writing: {e.Message}; nothing was changed",
                $"mappen «{outputDir}» kan ikke låses for skriving (systemet sier: «{e.Message.TrimEnd('.')}»), og ingenting er endret – sjekk at du har tilgang til mappen over"));
            return null;
        }
        if (taken is null)
            busy = Problem(new($"another build is writing to '{outputDir}' and did not finish within {OutputLock.Wait.TotalSeconds:0} s; nothing was changed. Run the build again when it is done",
                $"en annen bygging skriver til «{outputDir}» og ble ikke ferdig innen {OutputLock.Wait.TotalSeconds:0} sekunder, og ingenting er endret – kjør byggingen igjen når den andre er ferdig"));
        return taken;
    }

    /// <summary>
    /// A build killed between the fallback's two renames left no output folder and the old site under
    /// the retired name: put it back before anything else. Also removes what older versions left (.name.new-PID).
    /// </summary>
    private static Diagnostic? Recover(string target, string retired)
    {
        try
        {
            if (!Directory.Exists(target) && Directory.Exists(retired) && OutputMarker.IsMarked(retired))
                Directory.Move(retired, target);
            var parent = Path.GetDirectoryName(target)!;
            var name = Path.GetFileName(target);
            foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.*-*"))
            {
                var suffix = Path.GetFileName(stale)[(name.Length + 2)..];
                if ((suffix.StartsWith("new-", StringComparison.Ordinal) || suffix.StartsWith("old-", StringComparison.Ordinal)) && suffix[4..].All(char.IsAsciiDigit))
                    TryDelete(stale);
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Problem(new($"an earlier build was interrupted and its leftovers beside '{target}' cannot be cleaned: {e.Message}",
                $"en tidligere bygging ble avbrutt, og det den etterlot ved siden av «{target}», kan ikke ryddes (systemet sier: «{e.Message.TrimEnd('.')}»)"));
        }
    }

    private static void TryMove(string from, string to)
    {
        try { Directory.Move(from, to); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* reported by the caller's message */ }
    }

    /// <summary>
    /// Files are written on every core: creating some 11,000 files and folders is mostly time in the
    /// kernel, and two writers overlap it. Each file goes to its own path, so the order does not matter.
    /// A file whose bytes are those of the same file in <paramref name="previous"/> (the site being
    /// replaced) is hard-linked to it instead (<see cref="UnchangedFiles"/>).
    /// </summary>
    private static void WriteAll(IReadOnlyCollection<OutputFile> files, string root, string? previous)
    {
        Directory.CreateDirectory(root);
        try
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                var relative = file.Path.Replace('/', Path.DirectorySeparatorChar);
                var path = Path.Combine(root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                UnchangedFiles.LinkOrWrite(previous is null ? null : Path.Combine(previous, relative), path, file.Content);
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
