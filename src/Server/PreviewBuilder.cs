using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Server;

/// <summary>
/// Runs full builds one at a time and swaps in what the server shows. A failed build keeps the last
/// good files and adds the overlay with its errors; the next good build removes it. Requests that
/// arrive during a build are folded into one more build after it.
/// </summary>
public sealed class PreviewBuilder : IDisposable
{
    private PreviewOptions options;
    private readonly SourceExcerpt excerpts;
    private readonly TextWriter log;
    private readonly Channel<bool> requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    // A new session on every start: pages left open from an earlier run see a new version and reload.
    private readonly string session = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..8];
    private readonly PublicationTimer publication;
    private readonly QuietCollector? collector;
    private int generation;
    private volatile ServedSite current;

    public PreviewBuilder(PreviewOptions options, TextWriter log)
    {
        // Rebuilds follow one another in this process: pages an edit did not change are neither drawn nor checked again.
        this.options = options with { Build = options.Build with { Cache = options.Build.Cache ?? new Incremental.BuildCache() } };
        this.log = log;
        var build = this.options.Build;
        excerpts = new SourceExcerpt(build.DisplayRoot ?? Directory.GetCurrentDirectory(), [build.InputDir, build.ThemeDir]);
        current = ServedSite.Empty(NextVersion());
        LiveReload = new LiveReload(current.Version);
        publication = new PublicationTimer(Request);
        collector = options.CollectWhenQuiet ? new QuietCollector() : null;
    }

    public ServedSite Current => current;

    /// <summary>The language of the overlay and the log.</summary>
    public MessageLanguage Messages => options.Messages;

    public LiveReload LiveReload { get; }

    /// <summary>Asks for a rebuild; never blocks, and any number of calls during a build give one more build.</summary>
    public void Request() => requests.Writer.TryWrite(true);

    /// <summary>Builds until stopped, whenever <see cref="Request"/> was called. No failed build ends the loop: the next save builds again.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var waiting = requests.Reader;
        try
        {
            while (true)
            {
                if (collector is not null && !await RequestWithin(QuietCollector.Quiet, stopping))
                    collector.Collect();
                if (!await waiting.WaitToReadAsync(stopping))
                    return;
                while (waiting.TryRead(out _))
                    RebuildGuarded();
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    /// <summary>True when a rebuild is asked for within <paramref name="time"/>.</summary>
    private async Task<bool> RequestWithin(TimeSpan time, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(time);
        try
        {
            return await requests.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// <see cref="Rebuild"/> catches the build's own failures; this is the last guard for the rest
    /// (the terminal gone, say), so that one bad moment never ends the rebuilds for good.
    /// </summary>
    private void RebuildGuarded()
    {
        try
        {
            Rebuild();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            try { log.WriteLine($"sitegen: {e.GetType().Name}: {e.Message}"); }
            catch (Exception) { /* nowhere left to say it; the page still shows the last state */ }
        }
    }

    /// <summary>
    /// One full build, swapped in when it changes what a page shows. Returns the build for the
    /// caller's report, or null when the build threw: that is a bug in SiteGen, but the preview
    /// keeps serving the last good site with the failure on every page, and the next save tries again.
    /// </summary>
    public BuildResult? Rebuild()
    {
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        var build = options.ForRebuild();
        BuildResult result;
        ServedSite next;
        try
        {
            result = options.Builder(build);
            next = Compose(result, current);
        }
        catch (Exception e)
        {
            // What the failed build left in the cache is not to be trusted: the next one starts afresh.
            options = options with { Build = options.Build with { Cache = new Incremental.BuildCache() } };
            Swap(current with { Overlay = ErrorOverlay.Crash(e, options.Messages), Notes = null }, changed => ReportCrash(e, clock.Elapsed));
            return null;
        }
        collector?.Rebuilt(GC.GetTotalAllocatedBytes() - allocated);
        Swap(next, changed => Report(result, clock.Elapsed, changed));
        // The next scheduled item is shown when it is due, without a save.
        if (options.Clock is not null)
            publication.Arm(result.Model, build.Now);
        return result;
    }

    /// <summary>What to serve after <paramref name="result"/>: its files, or the last good ones with its errors.</summary>
    private ServedSite Compose(BuildResult result, ServedSite previous)
    {
        var notes = PreviewNotes.Render([.. result.Warnings], result.Model?.Unpublished ?? [], options.Messages);
        return result.Succeeded
            ? new ServedSite(result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal), result.Model!.Config.BasePath, previous.Version, null) { Notes = notes }
            : previous with { Overlay = ErrorOverlay.Render([.. result.Errors], excerpts, options.Messages), Notes = notes, BasePath = result.Model?.Config.BasePath ?? previous.BasePath };
    }

    /// <summary>Serves <paramref name="next"/> when it differs from what is served, reports, then tells open pages.</summary>
    private void Swap(ServedSite next, Action<bool> report)
    {
        var changed = !SameContent(current, next);
        if (changed)
            current = next with { Version = NextVersion() };
        report(changed);
        if (changed)
            LiveReload.Publish(current.Version);
    }

    private static bool SameContent(ServedSite a, ServedSite b) =>
        a.Overlay == b.Overlay && a.Notes == b.Notes && a.BasePath == b.BasePath && a.Files.Count == b.Files.Count
        && a.Files.All(f => b.Files.TryGetValue(f.Key, out var other)
            && f.Value.HasSameContent(other));

    private void Report(BuildResult result, TimeSpan elapsed, bool changed)
    {
        var ms = elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var warnings = result.Warnings.Count();
        var errors = result.Errors.Count();
        var language = options.Messages;
        if (language == MessageLanguage.En)
        {
            var note = warnings == 0 ? "" : $", {warnings} warning(s)";
            if (result.Succeeded)
                log.WriteLine(changed ? $"Built in {ms} ms{note}." : $"Built in {ms} ms{note}; nothing changed.");
            else
                log.WriteLine($"Build failed in {ms} ms: {errors} error(s){note}. " +
                              (current.HasSite ? "Still serving the last good site, with the errors shown on every page:" : "Every page shows the errors:"));
        }
        else
        {
            var note = warnings == 0 ? "" : $", {Diagnostics.Counts.Warnings(warnings, language)}";
            if (result.Succeeded)
                log.WriteLine(changed ? $"Bygd på {ms} ms{note}." : $"Bygd på {ms} ms{note}; ingenting er endret.");
            else
                log.WriteLine($"Byggingen stoppet etter {ms} ms: {Diagnostics.Counts.Errors(errors, language)}{note}. " +
                              (current.HasSite ? "Viser fortsatt den siste versjonen som virket, med feilene øverst på hver side:" : "Hver side viser feilene:"));
        }
        foreach (var diagnostic in result.Errors.Concat(result.Warnings))
            log.WriteLine("  " + diagnostic.Format(language));
    }

    /// <summary>In the terminal as on the page: what failed, and that the last good site is still served.</summary>
    private void ReportCrash(Exception e, TimeSpan elapsed)
    {
        var ms = elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var en = options.Messages == MessageLanguage.En;
        log.WriteLine(en
            ? $"Build failed in {ms} ms on an error in SiteGen: {e.GetType().Name}: {e.Message}"
            : $"Byggingen stoppet etter {ms} ms på grunn av en feil i SiteGen: {e.GetType().Name}: {e.Message}");
        log.WriteLine("  " + (current.HasSite
            ? (en ? "Still serving the last good site, with the error shown on every page. " : "Viser fortsatt den siste versjonen som virket, med feilen øverst på hver side. ")
            : (en ? "Every page shows the error. " : "Hver side viser feilen. ")) + PreviewTexts.CrashAdvice.In(options.Messages));
        if (Environment.GetEnvironmentVariable("SITEGEN_TRACE") == "1")
            log.WriteLine(e.ToString());
        else
            log.WriteLine(en ? "  Set SITEGEN_TRACE=1 to see the stack trace." : "  Sett SITEGEN_TRACE=1 for å se hvor feilen oppstod (stack trace).");
    }

    public void Dispose() => publication.Dispose();

    private string NextVersion() => $"{session}-{Interlocked.Increment(ref generation).ToString(CultureInfo.InvariantCulture)}";
}
