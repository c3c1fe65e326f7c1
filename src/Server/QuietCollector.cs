using System.Runtime;

namespace SiteGen.Server;

/// <summary>
/// Keeps garbage collections out of the rebuilds an editor waits for. A rebuild makes tens of megabytes of views,
/// fingerprints and pages while the model it draws is alive, so a collection in the middle of one copies all of that
/// into an older generation: at N = 1,000 the four or five collections of a title change were ~50 ms of its ~230.
/// Instead, once the preview is quiet (the save has been served and no other waits), the process collects its
/// garbage and opens a region without collections for the next rebuild, half as large again as the last one needed.
/// A rebuild that needs more gets its collections as before: the runtime then ends the region by itself.
/// </summary>
/// <remarks>
/// The region is the whole process's: only the serve command turns this on (<see cref="PreviewOptions.CollectWhenQuiet"/>);
/// the tests that use it run alone, never beside other previews or builds.
/// </remarks>
public sealed class QuietCollector
{
    private const long Smallest = 16L << 20;
    private const long Largest = 256L << 20;

    private long lastRebuild;

    /// <summary>How long the preview must be quiet first: the reloading page's requests come in the moment after a save.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    /// <summary>What the last rebuild allocated, in bytes; the next region's size follows it.</summary>
    public void Rebuilt(long allocated) => Interlocked.Exchange(ref lastRebuild, allocated);

    /// <summary>Collects now and opens the region for the next rebuild (run on the rebuild loop, between rebuilds).</summary>
    public void Collect()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // Ended already: the rebuild needed more than the region, and the runtime collected.
            }
        }
        GC.Collect();
        var size = Math.Clamp(Interlocked.Read(ref lastRebuild) * 3 / 2, Smallest, Largest);
        try
        {
            GC.TryStartNoGCRegion(size);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Larger than this runtime allows, or a region already open: the rebuild collects as it always did.
        }
    }
}
