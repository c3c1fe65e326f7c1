using System.Collections.Frozen;
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
public sealed class PreviewBuilder
{
    private readonly PreviewOptions options;
    private readonly SourceExcerpt excerpts;
    private readonly TextWriter log;
    private readonly Channel<bool> requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    // A new session on every start: pages left open from an earlier run see a new version and reload.
    private readonly string session = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..8];
    private int generation;
    private volatile ServedSite current;

    public PreviewBuilder(PreviewOptions options, TextWriter log)
    {
        // Rebuilds follow one another in this process: pages an edit did not change are neither drawn nor checked again.
        this.options = options with { Build = options.Build with { Cache = options.Build.Cache ?? new RebuildCache() } };
        this.log = log;
        var build = this.options.Build;
        excerpts = new SourceExcerpt(build.DisplayRoot ?? Directory.GetCurrentDirectory(), [build.InputDir, build.ThemeDir]);
        current = ServedSite.Empty(NextVersion());
        LiveReload = new LiveReload(current.Version);
    }

    public ServedSite Current => current;

    /// <summary>The language of the overlay and the log.</summary>
    public MessageLanguage Messages => options.Messages;

    public LiveReload LiveReload { get; }

    /// <summary>Asks for a rebuild; never blocks, and any number of calls during a build give one more build.</summary>
    public void Request() => requests.Writer.TryWrite(true);

    /// <summary>Builds until stopped, whenever <see cref="Request"/> was called.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var _ in requests.Reader.ReadAllAsync(stopping))
                Rebuild();
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    /// <summary>One full build, swapped in when it changes what a page shows. Returns the build for the caller's report.</summary>
    public BuildResult Rebuild()
    {
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options.ForRebuild());
        var previous = current;
        var next = result.Succeeded
            ? new ServedSite(result.Files.ToFrozenDictionary(f => f.Path, StringComparer.Ordinal), result.Model!.Config.BasePath, previous.Version, null)
            : previous with { Overlay = ErrorOverlay.Render([.. result.Errors], excerpts, options.Messages), BasePath = result.Model?.Config.BasePath ?? previous.BasePath };
        var changed = !SameContent(previous, next);
        if (changed)
            current = next with { Version = NextVersion() };
        Report(result, clock.Elapsed, changed);
        if (changed)
            LiveReload.Publish(current.Version);
        return result;
    }

    private static bool SameContent(ServedSite a, ServedSite b) =>
        a.Overlay == b.Overlay && a.BasePath == b.BasePath && a.Files.Count == b.Files.Count
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
            var note = warnings == 0 ? "" : $", {Cli.Counts.Warnings(warnings, language)}";
            if (result.Succeeded)
                log.WriteLine(changed ? $"Bygd på {ms} ms{note}." : $"Bygd på {ms} ms{note}; ingenting er endret.");
            else
                log.WriteLine($"Byggingen stoppet etter {ms} ms: {Cli.Counts.Errors(errors, language)}{note}. " +
                              (current.HasSite ? "Viser fortsatt den siste versjonen som virket, med feilene øverst på hver side:" : "Hver side viser feilene:"));
        }
        foreach (var diagnostic in result.Errors.Concat(result.Warnings))
            log.WriteLine("  " + diagnostic.Format(language));
    }

    private string NextVersion() => $"{session}-{Interlocked.Increment(ref generation).ToString(CultureInfo.InvariantCulture)}";
}
