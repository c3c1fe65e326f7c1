using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Calendar;

public sealed class DeadlinesPageTests
{
    private const string Deadlines = """
        - id: kartlegging
          title: Svarfrist for kartleggingen
          date: 2022-12-02
          audience: [folkebibliotek]
        - id: tilbakemelding
          title: Tilbakemelding på utkastet
          date: 2022-12-15
          audience: [folkebibliotek, skolebibliotek]
        - id: sommer
          title: Avklaring med leverandør
          date: 2023-06
          end: 2023-08
          audience: [skolebibliotek]
        - id: gammel
          title: En gammel frist
          date: 2022-10-03
          audience: [skolebibliotek]
        """;

    private static readonly DateTimeOffset Now = new(2022, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_DeadlinesPage_ListsUpcomingByMonthThenPast()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var page = site.Build(now: Now).Html("frister/index.html");

        var upcoming = page.QuerySelector("section[aria-labelledby=kommende]")!;
        Assert.Equal(["Desember 2022", "Juni 2023"], upcoming.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal(["kartlegging", "tilbakemelding", "sommer"], upcoming.QuerySelectorAll("li.deadline").Select(li => li.Id));
        var past = page.QuerySelector("section[aria-labelledby=tidligere]")!;
        var old = Assert.Single(past.QuerySelectorAll("li.deadline"));
        Assert.Equal("gammel", old.Id);
        Assert.Contains("is-past", old.ClassList);
        Assert.Equal("Fristen er ute", old.QuerySelector(".deadline-status")!.TextContent.Trim());
    }

    [Fact]
    public void Render_Period_IsShownAsPeriodNotAsADay()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var page = site.Build(now: Now).Html("frister/index.html");

        var time = page.QuerySelector("#sommer time")!;
        Assert.Equal("juni–august 2023", time.TextContent);
        Assert.Equal("2023-06-01", page.QuerySelector("#sommer .deadline-status")!.GetAttribute("data-first-day"));
        Assert.Equal("2023-08-31", page.QuerySelector("#sommer .deadline-status")!.GetAttribute("data-last-day"));
    }

    [Fact]
    public void Render_MonthGrid_IsAnAccessibleTableLinkingEachDeadline()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var page = site.Build(now: Now).Html("frister/index.html");

        var tables = page.QuerySelectorAll("table.calendar");
        Assert.Equal(["Oktober 2022", "Desember 2022", "Juni 2023", "Juli 2023", "August 2023"], tables.Select(t => t.QuerySelector("caption")!.TextContent));
        var december = tables[1];
        Assert.Equal(8, december.QuerySelectorAll("thead th[scope=col]").Length);
        Assert.All(december.QuerySelectorAll("tbody tr"), row => Assert.NotNull(row.QuerySelector("th[scope=row]")));
        var links = december.QuerySelectorAll("td a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#kartlegging", "#tilbakemelding"], links);
        Assert.All(links, href => Assert.NotNull(page.GetElementById(href![1..])));
        var firstFriday = december.QuerySelectorAll("td.has-deadline").First();
        Assert.Contains("fredag 2. desember 2022", firstFriday.TextContent);
        Assert.Contains("Avklaring med leverandør", tables[3].ParentElement!.QuerySelector(".calendar-note")!.TextContent);
    }

    [Fact]
    public void Render_AudiencePage_ShowsOnlyThatAudienceAndItsFeed()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var result = site.Build(now: Now);
        var page = result.Html("frister/skolebibliotek/index.html");

        Assert.Equal(["tilbakemelding", "sommer", "gammel"], page.QuerySelectorAll("li.deadline").Select(li => li.Id));
        Assert.Equal("https://test.example/kalender/skolebibliotek.ics", page.QuerySelector(".feed-url")!.TextContent);
        var filter = page.QuerySelector("nav.audience-filter")!;
        Assert.Equal("/frister/skolebibliotek/", filter.QuerySelector("[aria-current=page]")!.GetAttribute("href"));
        Assert.NotNull(result.File("kalender/skolebibliotek.ics"));
    }

    [Fact]
    public void Render_SubscribeSection_OffersWebcalGoogleOutlookAndDownload()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var page = site.Build(now: Now).Html("frister/index.html");

        var hrefs = page.QuerySelectorAll(".subscribe-links a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("webcal://test.example/kalender/frister.ics", hrefs);
        Assert.Contains("https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Ftest.example%2Fkalender%2Ffrister.ics", hrefs);
        Assert.Contains(hrefs, h => h.StartsWith("https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Ftest.example%2Fkalender%2Ffrister.ics", StringComparison.Ordinal));
        Assert.Contains("https://test.example/kalender/frister.ics", hrefs);
        Assert.Contains("Google kan bruke opptil et døgn", page.QuerySelector(".subscribe-help")!.TextContent);
    }

    [Fact]
    public void Render_EachDeadline_HasAddToCalendarLinkToItsOwnEvent()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var result = site.Build(now: Now);
        var link = result.Html("frister/index.html").QuerySelectorAll("#kartlegging a").Single(a => a.TextContent.StartsWith("Legg til i kalender", StringComparison.Ordinal));

        Assert.Equal("/kalender/frist/kartlegging.ics", link.GetAttribute("href"));
        Assert.Equal("text/calendar", link.GetAttribute("type"));
        var single = Ics.Parse(result, "kalender/frist/kartlegging.ics");
        Assert.Equal("kartlegging@test.example", Assert.Single(single.Events).Uid);
    }

    [Fact]
    public void Render_DeadlineFromNewsFrontMatter_AppearsWithLinkBackToTheNews()
    {
        using var site = new TestSite(("input/news/mote.md", """
            ---
            title: Vi inviterer til møte
            date: 2022-11-10
            deadlines:
              - id: pamelding
                title: Påmelding til møtet
                date: 2022-11-30
                audience: [folkebibliotek]
            ---
            Meld deg på.
            """));

        var result = site.Build(now: Now);

        result.AssertSucceeded();
        var item = result.Html("frister/index.html").GetElementById("pamelding")!;
        Assert.Contains(item.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/aktuelt/mote/");
        Assert.Equal("Påmelding til møtet", result.Html("aktuelt/mote/index.html").QuerySelector(".deadline-title")!.TextContent.Trim());
        Assert.Single(Ics.Parse(result, "kalender/frister.ics").Events);
    }

    [Fact]
    public void Render_HomePage_ShowsNextDeadlinesFromTheSameData()
    {
        using var site = new TestSite(("input/data/deadlines.yml", Deadlines));

        var home = site.Build(now: Now).Html("index.html");

        var titles = home.QuerySelectorAll(".deadline-title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Svarfrist for kartleggingen", "Tilbakemelding på utkastet", "Avklaring med leverandør", "En gammel frist"], titles);
        Assert.Contains("is-past", home.QuerySelectorAll("li.deadline").Last().ClassList);
    }

    [Fact]
    public void Render_Deadline_LinksTheDocumentsOfItsNews()
    {
        using var site = new TestSite(
            ("input/data/deadlines.yml", "- id: kartlegging\n  title: Svarfrist for kartleggingen\n  date: 2022-12-02\n"),
            ("input/news/sak.md", "---\ntitle: Kartlegging\ndate: 2022-11-01\ndeadlines: [kartlegging]\n---\nSe [skjemaet](files/skjema.docx).\n"));
        site.WriteBytes("input/files/skjema.docx", new byte[1500]);

        var result = site.Build(now: Now);

        result.AssertSucceeded();
        var links = result.Html("frister/index.html").GetElementById("kartlegging")!.QuerySelectorAll("a");
        var document = Assert.Single(links, a => a.TextContent.StartsWith("Dokument:", StringComparison.Ordinal));
        Assert.Equal("/files/skjema.docx", document.GetAttribute("href"));
        Assert.Contains("(DOCX, 2 kB)", document.TextContent);
    }

    [Theory]
    [InlineData("../files/skjema.docx")]
    [InlineData("files/skjema.docx")]
    [InlineData("/files/skjema.docx")]
    public void Render_DescriptionLinkToAFile_LeadsToTheFileOnEveryPageItIsShownOn(string url)
    {
        using var site = new TestSite(("input/data/deadlines.yml",
            $"- id: kartlegging\n  title: Svarfrist for kartleggingen\n  date: 2022-12-02\n  audience: [folkebibliotek]\n  description: Fyll ut [skjemaet]({url}).\n"));
        site.WriteBytes("input/files/skjema.docx", new byte[1500]);

        var result = site.Build(now: Now);

        result.AssertSucceeded();
        foreach (var page in new[] { "frister/index.html", "frister/folkebibliotek/index.html" })
        {
            var link = Assert.Single(result.Html(page).GetElementById("kartlegging")!.QuerySelectorAll(".deadline-description a"));
            Assert.Equal("/files/skjema.docx", link.GetAttribute("href"));
            Assert.Contains("(DOCX, 2 kB)", link.TextContent);
        }
    }
}
