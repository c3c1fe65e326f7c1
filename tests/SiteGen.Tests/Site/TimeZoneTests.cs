using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Dates without a time are days in the site's time zone (Europe/Oslo), not in UTC.</summary>
public sealed class TimeZoneTests
{
    // 23:30 UTC on 1 December is 00:30 on 2 December in Oslo.
    private static readonly DateTimeOffset LateEveningUtc = new(2022, 12, 1, 23, 30, 0, TimeSpan.Zero);

    private static TestSite Site() => new(
        ("input/data/deadlines.yml", "- id: i-dag\n  title: I dag\n  date: 2022-12-02\n- id: i-gar\n  title: I går\n  date: 2022-12-01\n"),
        ("input/news/ny.md", SiteFiles.News("Ny", "2022-11-01", "publishDate: 2022-12-02")));

    [Fact]
    public void Build_AfterMidnightInOslo_DeadlineOfThatDayIsToday()
    {
        using var site = Site();

        var page = site.Build(now: LateEveningUtc).Html("frister/index.html");

        Assert.Equal("I dag", page.GetElementById("i-dag")!.QuerySelector(".deadline-status")!.TextContent);
        Assert.Contains("is-past", page.GetElementById("i-gar")!.ClassList);
        Assert.DoesNotContain("is-past", page.GetElementById("i-dag")!.ClassList);
    }

    [Fact]
    public void Build_AfterMidnightInOslo_PublishDateOfThatDayIsPublished()
    {
        using var site = Site();

        var result = site.Build(now: LateEveningUtc);

        Assert.NotNull(result.File("aktuelt/ny/index.html"));
    }

    [Fact]
    public void Build_BeforeMidnightInOslo_PublishDateOfNextDayWaits()
    {
        using var site = Site();

        var result = site.Build(now: LateEveningUtc.AddHours(-1));

        Assert.Null(result.File("aktuelt/ny/index.html"));
    }

    [Fact]
    public void Build_TimedDeadline_IsPastOnlyAfterItsLocalTime()
    {
        using var site = new TestSite(("input/data/deadlines.yml", "- id: mote\n  title: Møte\n  date: 2022-12-02T12:00\n"));

        // 10:30 UTC is 11:30 in Oslo (UTC+1 in winter): the 12:00 meeting is still ahead.
        var before = site.Build(now: new DateTimeOffset(2022, 12, 2, 10, 30, 0, TimeSpan.Zero)).Html("frister/index.html");
        var after = site.Build(now: new DateTimeOffset(2022, 12, 2, 11, 30, 0, TimeSpan.Zero)).Html("frister/index.html");

        Assert.DoesNotContain("is-past", before.GetElementById("mote")!.ClassList);
        Assert.Contains("is-past", after.GetElementById("mote")!.ClassList);
        Assert.Equal("2022-12-02T12:00", before.GetElementById("mote")!.QuerySelector("time")!.GetAttribute("datetime"));
    }
}
