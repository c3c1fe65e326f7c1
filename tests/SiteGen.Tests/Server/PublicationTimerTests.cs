using SiteGen.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>A preview left open shows a scheduled item when it is due, without a save.</summary>
public sealed class PublicationTimerTests
{
    [Fact]
    public void NextChange_IsTheEarliestPublishOrExpiryStillAhead()
    {
        using var site = new TestSite(
            ("input/news/planlagt.md", "---\ntitle: Planlagt\ndate: 2022-11-01\npublishDate: 2022-12-03T12:00\n---\nTekst.\n"),
            ("input/news/senere.md", "---\ntitle: Senere\ndate: 2022-11-01\npublishDate: 2023-01-10\n---\nTekst.\n"),
            ("input/pages/kort.md", "---\ntitle: Kortvarig\nexpiryDate: 2022-11-25T08:30\n---\nTekst.\n"));
        var model = site.Build().Model!;

        // 08:30 in Oslo in November is 07:30 UTC; the page expiring comes before the item appearing.
        Assert.Equal(new DateTimeOffset(2022, 11, 25, 7, 30, 0, TimeSpan.Zero), PublicationTimer.NextChange(model, TestSite.DefaultNow));
        Assert.Equal(new DateTimeOffset(2022, 12, 3, 11, 0, 0, TimeSpan.Zero), PublicationTimer.NextChange(model, new DateTimeOffset(2022, 11, 26, 0, 0, 0, TimeSpan.Zero)));
        Assert.Null(PublicationTimer.NextChange(model, new DateTimeOffset(2023, 2, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task ScheduledItem_IsServedWhenDue_WithoutASave()
    {
        using var site = PreviewSites.Create();
        // A clock that runs as the real one, from 15 s before noon in Oslo (11:00 UTC in December).
        var due = new DateTimeOffset(2022, 12, 3, 11, 0, 0, TimeSpan.Zero);
        var started = DateTimeOffset.UtcNow;
        var clock = () => due.AddSeconds(-15) + (DateTimeOffset.UtcNow - started);
        site.Write("input/news/snart.md", "---\ntitle: Snart\ndate: 2022-11-01\npublishDate: 2022-12-03T12:00\n---\nNå er den her.\n");
        await using var preview = await RunningPreview.Start(site, clock: clock);
        Assert.True(clock() < due, "the first build took so long that the item was already due; the test proves nothing on a machine this busy");
        Assert.Contains("«Snart» – planlagt: publiseres 3. desember 2022 kl. 12.00", (await preview.Html("/")).GetElementById(PreviewNotes.UnpublishedId)!.TextContent);

        await preview.WaitForText("/aktuelt/snart/", "Nå er den her.");

        Assert.True(clock() >= due);
        Assert.Null((await preview.Html("/")).GetElementById(PreviewNotes.UnpublishedId));
    }

    [Fact]
    public void FixedClock_WaitsForAnInstantOnlyOnce()
    {
        using var site = new TestSite(("input/news/planlagt.md", "---\ntitle: Planlagt\ndate: 2022-11-01\npublishDate: 2022-12-03T12:00\n---\nTekst.\n"));
        var model = site.Build().Model!;
        var now = new DateTimeOffset(2022, 12, 3, 10, 59, 59, 900, TimeSpan.Zero);
        var fired = 0;
        using var timer = new PublicationTimer(() => Interlocked.Increment(ref fired));

        timer.Arm(model, now);
        var deadline = DateTime.UtcNow + RunningPreview.Patience;
        while (Volatile.Read(ref fired) == 0 && DateTime.UtcNow < deadline)
            Thread.Sleep(20);
        timer.Arm(model, now); // the rebuild at the same fixed "now": the item is still scheduled
        Thread.Sleep(1000);

        Assert.Equal(1, Volatile.Read(ref fired));
    }
}
