using System.Text;
using Ical.Net.DataTypes;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Calendar;

public sealed class CalendarFeedTests
{
    private const string Deadlines = """
        - id: kartlegging
          title: Svarfrist for kartleggingen
          date: 2022-12-02
          audience: [folkebibliotek]
          description: Send inn skjemaet.
        - id: mote
          title: Digitalt møte
          date: 2022-12-06T14:00
          end: 2022-12-06T15:30
          audience: [folkebibliotek, skolebibliotek]
          reminders: [PT2H]
        - id: sommer
          title: Avklaring med leverandør
          date: 2023-06
          end: 2023-08
          audience: [skolebibliotek]
        - id: avlyst
          title: Innspillsmøte
          date: 2022-12-10
          status: cancelled
          audience: [skolebibliotek]
        """;

    [Fact]
    public void Build_AllFeeds_ParseBackWithIcalNet()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var result = site.Build();

        result.AssertSucceeded();
        var feeds = result.Files.Where(f => f.Path.EndsWith(".ics", StringComparison.Ordinal)).ToList();
        Assert.Equal(1 + 2 + 4, feeds.Count); // all, one per audience, one per deadline
        foreach (var feed in feeds)
            Assert.NotEmpty(Ics.Parse(result, feed.Path).Events);
    }

    [Fact]
    public void Build_WholeDayDeadline_IsDateValueWithExclusiveEnd()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var calendar = Ics.Parse(site.Build(), "kalender/frister.ics");

        var e = calendar.Event("kartlegging");
        Assert.False(e.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2022, 12, 2), e.DtStart.Date);
        Assert.Equal(new DateOnly(2022, 12, 3), e.DtEnd!.Date);
        Assert.Equal("kartlegging@test.example", e.Uid);
        Assert.Equal("Svarfrist for kartleggingen", e.Summary);
        Assert.Contains("https://test.example/frister/#kartlegging", e.Description);
        Assert.Equal(new Uri("https://test.example/frister/#kartlegging"), e.Url);
        Assert.Equal(["Folkebibliotek"], e.Categories);
    }

    [Fact]
    public void Build_TimedDeadline_IsConvertedFromOsloTimeToUtc()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var result = site.Build();

        var e = Ics.Parse(result, "kalender/frister.ics").Event("mote");
        Assert.Equal(new DateTime(2022, 12, 6, 13, 0, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2022, 12, 6, 14, 30, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
        Assert.Contains("DTSTART:20221206T130000Z", result.Text("kalender/frister.ics"));
    }

    [Fact]
    public void Build_MonthPeriod_CoversWholeMonthsAsDates()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var e = Ics.Parse(site.Build(), "kalender/frister.ics").Event("sommer");

        Assert.Equal(new DateOnly(2023, 6, 1), e.DtStart!.Date);
        Assert.False(e.DtStart.HasTime);
        Assert.Equal(new DateOnly(2023, 9, 1), e.DtEnd!.Date);
    }

    [Fact]
    public void Build_Reminders_BecomeAlarmsWithSiteDefault()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var calendar = Ics.Parse(site.Build(), "kalender/frister.ics");

        var defaults = calendar.Event("kartlegging").Alarms.Select(a => a.Trigger!.Duration!.Value.ToTimeSpanUnspecified()).Order().ToList();
        // Whole-day deadline: 7 days and 1 day before 09:00 on the day, never at midnight.
        Assert.Equal([TimeSpan.FromDays(-7) + TimeSpan.FromHours(9), TimeSpan.FromDays(-1) + TimeSpan.FromHours(9)], defaults);
        var own = Assert.Single(calendar.Event("mote").Alarms);
        Assert.Equal(TimeSpan.FromHours(-2), own.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
        Assert.Equal("DISPLAY", own.Action);
    }

    [Fact]
    public void Build_CancelledDeadline_StaysWithStatusAndPrefixUntilKeepPeriodEnds()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var soon = Ics.Parse(site.Build(now: new DateTimeOffset(2022, 12, 20, 12, 0, 0, TimeSpan.Zero)), "kalender/frister.ics");
        var later = Ics.Parse(site.Build(now: new DateTimeOffset(2023, 6, 1, 12, 0, 0, TimeSpan.Zero)), "kalender/frister.ics");

        var cancelled = soon.Event("avlyst");
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal("AVLYST: Innspillsmøte", cancelled.Summary);
        Assert.Empty(cancelled.Alarms);
        Assert.DoesNotContain(later.Events, e => e.Uid == "avlyst@test.example");
        Assert.Contains(later.Events, e => e.Uid == "kartlegging@test.example");
    }

    [Fact]
    public void Build_AudienceFeed_HoldsOnlyThatAudience()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var calendar = Ics.Parse(site.Build(), "kalender/skolebibliotek.ics");

        Assert.Equal(["avlyst@test.example", "mote@test.example", "sommer@test.example"], calendar.Events.Select(e => e.Uid).Order());
        Assert.Equal("Frister for skolebibliotek – Testsiden", calendar.Property("X-WR-CALNAME"));
    }

    [Fact]
    public void Build_SiteWithoutDeadlines_FeedsStillHoldTheTimeZoneComponent()
    {
        using var site = new TestSite();

        var result = site.Build();

        result.AssertSucceeded();
        var feeds = result.Files.Where(f => f.Path.EndsWith(".ics", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        Assert.Contains("kalender/frister.ics", feeds);
        foreach (var path in feeds)
        {
            // RFC 5545 asks for at least one component; an empty subscription is still a valid calendar.
            var calendar = Ics.Parse(result, path);
            Assert.Empty(calendar.Events);
            Assert.Equal("Europe/Oslo", Assert.Single(calendar.TimeZones).TzId);
            Assert.Equal(CalendarFeedProductId, calendar.ProductId);
        }
    }

    private const string CalendarFeedProductId = "-//SiteGen//SiteGen//NB";

    [Fact]
    public void Build_Feed_HasSubscriptionHeaders()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var result = site.Build();
        var calendar = Ics.Parse(result, "kalender/frister.ics");

        Assert.Equal("Frister – Testsiden", calendar.Property("X-WR-CALNAME"));
        Assert.Equal("Europe/Oslo", calendar.Property("X-WR-TIMEZONE"));
        Assert.Equal("PT12H", calendar.Property("X-PUBLISHED-TTL"));
        Assert.Contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n", result.Text("kalender/frister.ics"));
        Assert.Equal("PUBLISH", calendar.Method);
    }

    [Fact]
    public void Build_LongNorwegianText_IsEscapedFoldedAndReadBackIntact()
    {
        var title = "Frist; for «bibliotek», Čáhcesuolu, Áltá og Guovdageaidnu: ŋ ŧ đ š ž – æøå ÆØÅ, med komma; semikolon og \\ bakstrek";
        var description = "Første linje, med komma; og semikolon.\n\nAndre avsnitt om Sámi: Giitu! æøå " + string.Concat(Enumerable.Repeat("ø", 80));
        using var site = new TestSite(("input/data/deadlines.yml", $"""
            - id: lang
              title: '{title}'
              date: 2022-12-02
              description: |
                {description.Replace("\n", "\n    ")}
            """));

        var result = site.Build();
        result.AssertSucceeded();
        var bytes = result.File("kalender/frister.ics")!.Content;

        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var text = strict.GetString(bytes);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}");
            strict.GetString(Encoding.UTF8.GetBytes(line)); // each physical line is whole characters
        }
        Assert.Contains("\\;", text);
        Assert.Contains("\\,", text);
        var e = Ics.Parse(result, "kalender/frister.ics").Event("lang");
        Assert.Equal(title, e.Summary);
        Assert.StartsWith(description, e.Description);
    }

    [Fact]
    public void Build_TimeSkippedByDaylightSaving_WarnsAndUsesTimeAfterTheJump()
    {
        using var site = new TestSite(("input/data/deadlines.yml", """
            - id: natt
              title: Nattfrist
              date: 2023-03-26T02:30
            - id: host
              title: Høstfrist
              date: 2023-10-29T02:30
            """));

        var result = site.Build();

        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("SG1015", warning.Code);
        Assert.Equal("input/data/deadlines.yml", warning.Location!.Path);
        Assert.Equal(1, warning.Location.Line);
        var calendar = Ics.Parse(result, "kalender/frister.ics");
        Assert.Equal(new DateTime(2023, 3, 26, 1, 30, 0, DateTimeKind.Utc), calendar.Event("natt").DtStart!.AsUtc); // 03:30 CEST
        Assert.Equal(new DateTime(2023, 10, 29, 0, 30, 0, DateTimeKind.Utc), calendar.Event("host").DtStart!.AsUtc); // first 02:30, still CEST
    }

    [Fact]
    public void Build_SameInput_GivesByteIdenticalFeedsWithoutHistory()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var first = site.Build(now: new DateTimeOffset(2022, 11, 1, 0, 0, 0, TimeSpan.Zero));
        var second = site.Build(now: new DateTimeOffset(2022, 11, 2, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(first.File("kalender/frister.ics")!.Content, second.File("kalender/frister.ics")!.Content);
        Assert.Contains("DTSTAMP:20000101T000000Z", first.Text("kalender/frister.ics"));
    }

    [Fact]
    public void Build_UidDomainInSiteYml_EndsEveryUid()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig + "\nuid_domain: Frister.Example.no\n"), ("input/data/deadlines.yml", Deadlines));

        var calendar = Ics.Parse(site.Build(), "kalender/frister.ics");

        Assert.All(calendar.Events, e => Assert.EndsWith("@frister.example.no", e.Uid));
    }

    [Fact]
    public void Build_SiteUnderAPath_UidsNameThePathSoTwoSitesOnOneHostDiffer()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var first = Ics.Parse(site.Build(baseUrl: "https://bruker.github.io/grenselose/"), "kalender/frister.ics");
        var second = Ics.Parse(site.Build(baseUrl: "https://bruker.github.io/annen-side/"), "kalender/frister.ics");

        Assert.Equal("kartlegging@grenselose.bruker.github.io", first.Event("kartlegging").Uid);
        Assert.Equal("kartlegging@annen-side.bruker.github.io", second.Event("kartlegging").Uid);
    }

    [Fact]
    public void Build_UidDomainNotADomain_IsAnErrorAtItsLine()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig + "\nuid_domain: https://test.example/\n"));

        var error = Assert.Single(site.Build().Errors);

        Assert.Equal(("SG1013", "input/site.yml"), (error.Code, error.Location!.Path));
        Assert.Contains("uid_domain", error.Message);
    }
}
