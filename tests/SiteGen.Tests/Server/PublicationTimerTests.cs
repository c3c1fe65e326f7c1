using System.Globalization;
using SiteGen.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>A preview left open shows a scheduled item when it is due, without a save.</summary>
public sealed class PublicationTimerTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

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
        await using var preview = await RunningPreview.Start(site, clock: () => DateTimeOffset.UtcNow);
        // Due 10 s after the save: far more than a rebuild takes, so the item is first listed as scheduled.
        var due = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(10), Oslo);
        site.Write("input/news/snart.md", $"---\ntitle: Snart\ndate: 2022-11-01\npublishDate: {due.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}\n---\nNå er den her.\n");
        await preview.WaitFor(async () => (await preview.Html("/")).GetElementById(PreviewNotes.UnpublishedId)?.TextContent.Contains("«Snart» – planlagt: publiseres", StringComparison.Ordinal) == true,
            "the item listed as scheduled");
        Assert.True(DateTimeOffset.UtcNow < due, "the save took so long to build that the item was already due; the test proves nothing on a machine this busy");

        await preview.WaitForText("/aktuelt/snart/", "Nå er den her.");

        Assert.True(DateTimeOffset.UtcNow >= due);
        Assert.Null((await preview.Html("/")).GetElementById(PreviewNotes.UnpublishedId));
    }
}
