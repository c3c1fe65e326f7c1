using System.Globalization;
using Ical.Net.CalendarComponents;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Calendar;

/// <summary>
/// Every feed of a site with what editors write (timed deadlines without an end, with a date-only
/// end, across midnight, in the spring gap and the autumn repeated hour; months; a period; a
/// cancellation), read back by parsers nobody here wrote: calcurse's strict importer and
/// python3-icalendar, each compared with Ical.Net field by field.
/// </summary>
public sealed class IndependentParserTests : IDisposable
{
    public const string Fixture = """
        - id: uten-slutt
          title: Frist med klokkeslett
          date: 2022-12-08T14:00
          audience: [folkebibliotek]
          description: |
            Fyll ut [skjemaet](https://example.org/skjema?a=1&b=2) og les [om fristene](/frister/).

            - første punkt
            - andre punkt med [nyhetene](/aktuelt/)
        - id: dato-slutt
          title: Fra morgen til neste dag
          date: 2022-12-12T09:00
          end: 2022-12-13
          audience: [skolebibliotek]
        - id: over-midnatt
          title: Over midnatt
          date: 2022-12-20T22:00
          end: 2022-12-21T01:30
          audience: [folkebibliotek, skolebibliotek]
        - id: varsommer
          title: Natt til sommertid
          date: 2023-03-26T02:30
        - id: hostnatt
          title: Natt til vintertid
          date: 2023-10-29T02:30
          end: 2023-10-29T03:15
        - id: dag
          title: En hel dag
          date: 2022-12-02
          audience: [folkebibliotek]
        - id: maned
          title: En måned
          date: 2023-06
        - id: periode
          title: En periode
          date: 2023-06
          end: 2023-08
          audience: [skolebibliotek]
        - id: avlyst
          title: Avlyst møte
          date: 2022-12-10
          status: cancelled
          audience: [folkebibliotek]
        """;

    private static readonly DateTimeOffset Now = new(2022, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly TestSite site = new(("input/data/deadlines.yml", Fixture));
    private readonly BuildResult result;
    private readonly string feeds = Directory.CreateTempSubdirectory("sitegen-feeds-").FullName;

    public IndependentParserTests()
    {
        result = site.Build(now: Now);
        result.AssertSucceeded();
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(feeds, recursive: true);
    }

    private IEnumerable<string> FeedPaths => result.Files.Select(f => f.Path).Where(p => p.EndsWith(".ics", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private string OnDisk(string path)
    {
        var file = Path.Combine(feeds, path.Replace('/', '_'));
        File.WriteAllBytes(file, result.File(path)!.Content);
        return file;
    }

    [Fact]
    public void Build_EveryFeed_CalcurseImportsEveryEventAndSkipsNone()
    {
        var paths = FeedPaths.ToList();
        Assert.Equal(1 + 2 + 9, paths.Count);
        foreach (var path in paths)
        {
            var import = ExternalCalendarParsers.Calcurse(OnDisk(path));

            Assert.True(import.Skipped == 0, $"calcurse skipped events in {path}: {import.Report}");
            Assert.Equal(Ics.Parse(result, path).Events.Count, import.Appointments + import.Events);
        }
    }

    /// <summary>
    /// Each event is written once and set into every feed before its end line: a deadline whose title and text are
    /// calendar syntax must still come out as one event, whole, in each feed that holds it.
    /// </summary>
    [Fact]
    public void Build_TitleAndTextThatAreCalendarSyntax_StayOneEventInEveryFeed()
    {
        using var hostile = new TestSite(("input/data/deadlines.yml", """
            - id: syntaks
              title: "END:VCALENDAR"
              date: 2022-12-08
              audience: [folkebibliotek]
              description: |
                END:VEVENT
                BEGIN:VCALENDAR
                END:VCALENDAR
            """));
        var built = hostile.Build(now: Now);
        built.AssertSucceeded();

        foreach (var path in new[] { "kalender/frister.ics", "kalender/folkebibliotek.ics", "kalender/skolebibliotek.ics", "kalender/frist/syntaks.ics" })
        {
            var file = Path.Combine(feeds, "hostile_" + path.Replace('/', '_'));
            File.WriteAllBytes(file, built.File(path)!.Content);
            var python = ExternalCalendarParsers.PythonIcalendar(file);
            var calcurse = ExternalCalendarParsers.Calcurse(file);

            Assert.Empty(python.Errors);
            var expected = path.Contains("skolebibliotek", StringComparison.Ordinal) ? 0 : 1;
            Assert.Equal(expected, python.Events.Length);
            Assert.All(python.Events, e => Assert.Equal("END:VCALENDAR", e.Summary));
            Assert.All(python.Events, e => Assert.StartsWith("END:VEVENT BEGIN:VCALENDAR END:VCALENDAR", e.Description, StringComparison.Ordinal));
            Assert.True(calcurse.Skipped == 0, $"calcurse skipped events in {path}: {calcurse.Report}");
            Assert.Equal(expected, calcurse.Appointments + calcurse.Events);
        }
    }

    [Fact]
    public void Build_TimedDeadlines_CalcurseStoresTheClockTimesThePageShows()
    {
        var stored = ExternalCalendarParsers.Calcurse(OnDisk("kalender/frister.ics")).Stored;

        Assert.Contains("12/08/2022 @ 14:00 -> 12/08/2022 @ 14:00>", stored);           // a point in time, no DTEND
        Assert.Contains("12/12/2022 @ 09:00 -> 12/14/2022 @ 00:00>", stored);           // until the end of 13 December
        Assert.Contains("12/20/2022 @ 22:00 -> 12/21/2022 @ 01:30>", stored);           // across midnight
        Assert.Contains("03/26/2023 @ 03:30 -> 03/26/2023 @ 03:30>", stored);           // 02:30 does not exist that night
        Assert.Contains("10/29/2023 @ 02:30 -> 10/29/2023 @ 03:15>", stored);           // the first 02:30, then 03:15 winter time
        Assert.Contains("06/01/2023 [1] {1D -> 08/31/2023}", stored);                   // a period of whole months
    }

    [Fact]
    public void Build_EveryFeed_PythonIcalendarAgreesWithIcalNetOnEveryField()
    {
        foreach (var path in FeedPaths)
        {
            var python = ExternalCalendarParsers.PythonIcalendar(OnDisk(path));
            var ical = Ics.Parse(result, path);

            Assert.Empty(python.Errors);
            Assert.Equal(ical.Events.Select(e => e.Uid).Order(), python.Events.Select(e => e.Uid).Order());
            foreach (var theirs in python.Events)
                Assert.Equal(Expected(ical.Events.Single(e => e.Uid == theirs.Uid)), theirs with { Triggers = [], AltDescription = null });
            foreach (var theirs in python.Events)
                Assert.Equal(ical.Events.Single(e => e.Uid == theirs.Uid).Alarms.Select(a => (int)a.Trigger!.Duration!.Value.ToTimeSpanUnspecified().TotalSeconds), theirs.Triggers);
        }
    }

    [Fact]
    public void Build_TimedDeadlines_PythonIcalendarReadsTheRightInstantsAndNoEmptyEnds()
    {
        var events = ExternalCalendarParsers.PythonIcalendar(OnDisk("kalender/frister.ics")).Events.ToDictionary(e => e.Uid.Split('@')[0]);

        Assert.Equal(("20221208T130000Z", null), (events["uten-slutt"].Start, events["uten-slutt"].End));
        Assert.Equal(("20221212T080000Z", "20221213T230000Z"), (events["dato-slutt"].Start, events["dato-slutt"].End));
        Assert.Equal(("20221220T210000Z", "20221221T003000Z"), (events["over-midnatt"].Start, events["over-midnatt"].End));
        Assert.Equal(("20230326T013000Z", null), (events["varsommer"].Start, events["varsommer"].End));
        Assert.Equal(("20231029T003000Z", "20231029T021500Z"), (events["hostnatt"].Start, events["hostnatt"].End));
        Assert.Equal(("20230601", "20230701"), (events["maned"].Start, events["maned"].End));
        Assert.Equal(("20230601", "20230901"), (events["periode"].Start, events["periode"].End));
        Assert.Equal(("CANCELLED", "AVLYST: Avlyst møte"), (events["avlyst"].Status, events["avlyst"].Summary));
        Assert.All(events.Values.Where(e => e.End is not null), e => Assert.True(string.CompareOrdinal(e.End, e.Start) > 0, $"{e.Uid}: DTEND not after DTSTART"));
    }

    [Fact]
    public void Build_WholeDayReminders_RingAtNineInTheMorningNotAtMidnight()
    {
        var events = ExternalCalendarParsers.PythonIcalendar(OnDisk("kalender/frister.ics")).Events.ToDictionary(e => e.Uid.Split('@')[0]);

        // Relative to the start of the day: 7 days and 1 day before, at 09:00.
        Assert.Equal([(int)(TimeSpan.FromHours(9) - TimeSpan.FromDays(7)).TotalSeconds, (int)(TimeSpan.FromHours(9) - TimeSpan.FromDays(1)).TotalSeconds], events["dag"].Triggers);
        Assert.Equal([(int)TimeSpan.FromDays(-7).TotalSeconds, (int)TimeSpan.FromDays(-1).TotalSeconds], events["uten-slutt"].Triggers);
        Assert.Contains("TRIGGER:-P6DT15H\r\n", result.Text("kalender/frister.ics"));
        Assert.Contains("TRIGGER:-PT15H\r\n", result.Text("kalender/frister.ics"));
    }

    [Fact]
    public void Build_DescriptionLinks_KeepTheirAddressesInTextAndHtml()
    {
        var e = ExternalCalendarParsers.PythonIcalendar(OnDisk("kalender/frister.ics")).Events.Single(x => x.Uid.StartsWith("uten-slutt@", StringComparison.Ordinal));

        Assert.Equal("""
            Fyll ut skjemaet (https://example.org/skjema?a=1&b=2) og les om fristene (https://test.example/frister/).

            • første punkt
            • andre punkt med nyhetene (https://test.example/aktuelt/)

            Les mer: https://test.example/frister/#uten-slutt
            """.ReplaceLineEndings("\n"), e.Description);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(e.AltDescription!);
        Assert.Equal(["https://example.org/skjema?a=1&b=2", "https://test.example/frister/", "https://test.example/aktuelt/", "https://test.example/frister/#uten-slutt"],
            html.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(2, html.QuerySelectorAll("li").Length);
    }

    [Fact]
    public void Build_SubscriptionFeeds_HaveRfc7986NameColourAndRefresh()
    {
        var all = ExternalCalendarParsers.PythonIcalendar(OnDisk("kalender/frister.ics"));
        var one = ExternalCalendarParsers.PythonIcalendar(OnDisk("kalender/frist/dag.ics"));

        Assert.Equal(("Frister – Testsiden", "teal", "PT12H"), (all.Name, all.Color, all.Refresh));
        Assert.Equal(("En hel dag", null, null), (one.Name, one.Color, one.Refresh));
        Assert.Contains("\r\nX-APPLE-CALENDAR-COLOR:#00507A\r\n", result.Text("kalender/frister.ics"));
        Assert.Contains("\r\nSOURCE;VALUE=URI:https://test.example/kalender/frister.ics\r\n", result.Text("kalender/frister.ics"));
    }

    [Fact]
    public void Build_SpringGap_PageShowsTheTimeTheFeedHas()
    {
        var page = result.Html("frister/index.html");
        var start = ExternalCalendarParsers.PythonIcalendar(OnDisk("kalender/frister.ics")).Events.Single(e => e.Uid.StartsWith("varsommer@", StringComparison.Ordinal)).Start;

        var time = page.QuerySelector("#varsommer time")!;
        Assert.Equal("2023-03-26T03:30", time.GetAttribute("datetime"));
        Assert.Contains("03.30", time.TextContent);
        Assert.DoesNotContain("02.30", time.TextContent);
        Assert.Equal("20230326T013000Z", start); // 03:30 CEST
    }

    private static ExternalCalendarParsers.PyEvent Expected(CalendarEvent e) => new(
        e.Uid!, e.Summary!, e.Description ?? "", null, When(e.DtStart)!, When(e.DtEnd), e.Sequence, When(e.DtStamp)!, When(e.LastModified),
        e.Status ?? "", string.Join(",", e.Categories), [], e.Url?.AbsoluteUri ?? "");

    private static string? When(Ical.Net.DataTypes.CalDateTime? value) => value is null ? null
        : value.HasTime ? value.AsUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)
        : value.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
