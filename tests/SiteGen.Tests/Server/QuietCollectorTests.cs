using System.Runtime;
using SiteGen.Rendering;
using SiteGen.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>A region without collections is the whole process's: these tests run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GarbageCollectorCollection
{
    public const string Name = "Garbage collector";
}

/// <summary>The preview collects its garbage between rebuilds, so a rebuild the editor waits for runs without collections.</summary>
[Collection(GarbageCollectorCollection.Name)]
public sealed class QuietCollectorTests : IDisposable
{
    /// <summary>The region follows the last rebuild: 32 MB gives 48, so 40 MB fit; the smallest region (16 MB) would not hold them.</summary>
    [Fact]
    public void Collect_OpensARegionTheNextRebuildAllocatesInWithoutACollection()
    {
        var collector = new QuietCollector();
        collector.Rebuilt(32 << 20);

        collector.Collect();
        var collections = GC.CollectionCount(0);
        var rebuild = Garbage(40 << 20);

        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(collections, GC.CollectionCount(0));
        GC.KeepAlive(rebuild);
    }

    /// <summary>
    /// A rebuild that redraws many pages (a title in the menu, a theme change): 60 MB of pages fit a 96 MB region. As many,
    /// so the space an earlier test's pages left on the pinned heap cannot hold them: pinned, they would end the region.
    /// </summary>
    [Fact]
    public void Collect_PagesDrawnInTheRegion_DoNotEndIt()
    {
        var collector = new QuietCollector();
        collector.Rebuilt(64 << 20);
        var output = new Utf8Output();
        var page = new string('x', 13_000);

        collector.Collect();
        var collections = GC.CollectionCount(0);
        var pages = Enumerable.Range(0, 4_600).Select(_ =>
        {
            output.Write(page, 0, page.Length);
            return output.TakeBytes();
        }).ToList();

        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(collections, GC.CollectionCount(0));
        GC.KeepAlive(pages);
    }

    [Fact]
    public void Collect_AfterARebuildThatOutgrewTheRegion_OpensANewOne()
    {
        var collector = new QuietCollector();
        collector.Collect();
        var collections = GC.CollectionCount(0);
        var rebuild = Garbage(64 << 20);   // four times the smallest region: the runtime ends it and collects
        GC.KeepAlive(rebuild);
        var outgrown = GCSettings.LatencyMode;
        var collectedInTheRebuild = GC.CollectionCount(0) > collections;

        collector.Collect();

        Assert.True(collectedInTheRebuild);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, outgrown);
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public async Task RunAsync_CollectingWhenQuiet_StillServesEverySave()
    {
        using var site = PreviewSites.Create();
        var options = new PreviewOptions(site.Options() with { UseGitHistory = false }, 0) { CollectWhenQuiet = true };
        using var builder = new PreviewBuilder(options, TextWriter.Null);
        builder.Rebuild();
        using var stopping = new CancellationTokenSource();
        var loop = builder.RunAsync(stopping.Token);

        await Until(() => GCSettings.LatencyMode == GCLatencyMode.NoGCRegion);
        site.Write("input/pages/om.md", "---\ntitle: Om\n---\nEndret i stillhet.\n");
        builder.Request();
        await Until(() => Page(builder).Contains("Endret i stillhet."));
        // Quiet again after the save: the loop collects (a full collection) and opens the next region.
        var collected = GC.CollectionCount(2);
        await Until(() => GC.CollectionCount(2) > collected && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion);
        site.Write("input/pages/om.md", "---\ntitle: Om\n---\nEndret igjen.\n");
        builder.Request();
        await Until(() => Page(builder).Contains("Endret igjen."));
        await stopping.CancelAsync();
        await loop;

        Assert.Contains("Endret igjen.", Page(builder));
    }

    private static string Page(PreviewBuilder builder) =>
        builder.Current.Files.TryGetValue("om/index.html", out var page) ? System.Text.Encoding.UTF8.GetString(page.Content) : "";

    private static async Task Until(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            Assert.True(waited < 10_000, "gave up after 10 s");
            await Task.Delay(20);
        }
    }

    /// <summary>Many small arrays, as a rebuild makes them (one large one would go to the large-object heap).</summary>
    private static List<byte[]> Garbage(int bytes) => [.. Enumerable.Range(0, bytes / 4096).Select(_ => new byte[4000])];

    public void Dispose()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            GC.EndNoGCRegion();
    }
}
