using SiteGen.Authoring;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cms;

/// <summary>
/// For each collection, a file in the exact form Decap CMS 3.16.3 writes it (its YAML writer, the
/// npm package yaml 1.10: block lists, "|-" for text with line breaks, quotes only where needed, keys
/// in the order of the form's fields) builds with the values the editor chose.
/// </summary>
public sealed class CmsRoundTripTests
{
    /// <summary>The deadlines file as the CMS saves it: the list under "deadlines:", every field the form has.</summary>
    private const string DeadlinesAsTheCmsWritesThem = """
        deadlines:
          - id: frist-en
            title: "Svar på høringen: «utkast»"
            date: 2022-12-16T12:00
            audience:
              - folkebibliotek
              - skolebibliotek
            description: |-
              Send svaret til prosjektet.
              Se også [nyheten](/aktuelt/ny-sak/).
            link: /aktuelt/ny-sak/
            status: cancelled
            reminders:
              - P7D
              - PT2H
          - id: periode
            title: Oppstart
            date: 2023-06
            end: 2023-08
            audience:
              - skolebibliotek
            description: Kort.
          - id: nei
            title: no
            date: 2023-02-01

        """;

    private const string NewsAsTheCmsWritesIt = """
        ---
        title: "Ny sak: «test» – 50 %"
        date: 2022-11-18
        summary: Én setning.
        tags:
          - kartlegging
          - folkebibliotek
        deadlines:
          - frist-en
          - periode
        draft: false
        publishDate: 2022-11-19T08:30
        expiryDate: 2023-01-31T23:59
        slug: ny-sak
        aliases:
          - /gammel-sak/
        lang: nn
        ---
        Fristen nærmer seg.

        """;

    private const string PageAsTheCmsWritesIt = """
        ---
        title: About the project
        summary: One sentence.
        menu: 3
        draft: false
        slug: about
        lang: en
        translation_of: /om/
        ---
        Text.

        """;

    private static TestSite Site() => new(
        ("input/data/deadlines.yml", DeadlinesAsTheCmsWritesThem),
        ("input/news/ny-sak.md", NewsAsTheCmsWritesIt),
        ("input/pages/om.md", "---\ntitle: Om\n---\nTekst.\n"),
        ("input/pages/about.md", PageAsTheCmsWritesIt),
        ("input/files/plan.pdf.yml", "title: Plan for innføringen\ndescription: |-\n  Hvem gjør hva.\n  Og når.\nlanguage: nb\ndate: 2022-11-15\n"));

    [Fact]
    public void Deadlines_InTheCmsShape_BuildWithEveryField()
    {
        using var site = Site();
        site.WriteBytes("input/files/plan.pdf", TestPdf.Tagged());
        var result = site.Build(now: new DateTimeOffset(2022, 11, 20, 12, 0, 0, TimeSpan.Zero));
        result.AssertSucceeded();

        var deadlines = result.Model!.Deadlines.ToDictionary(d => d.Id);
        Assert.Equal(["frist-en", "nei", "periode"], deadlines.Keys.Order());
        var first = deadlines["frist-en"];
        Assert.Equal("Svar på høringen: «utkast»", first.Title);
        Assert.Equal(new DateOnly(2022, 12, 16), first.Start.Date);
        Assert.Equal(new TimeOnly(12, 0), first.Start.Time);
        Assert.Equal(["folkebibliotek", "skolebibliotek"], first.Audiences.ToArray());
        Assert.Contains("Send svaret til prosjektet.\nSe også", first.DescriptionText);
        Assert.Equal("/aktuelt/ny-sak/", first.Link);
        Assert.True(first.Cancelled);
        Assert.Equal([TimeSpan.FromDays(7), TimeSpan.FromHours(2)], first.Reminders!.Value.ToArray());
        Assert.True(deadlines["periode"].Start.IsMonth);
        Assert.Equal(new DateOnly(2023, 8, 31), deadlines["periode"].LastDay);
        Assert.Equal("no", deadlines["nei"].Title); // an unquoted "no" stays a title, never "false"
    }

    [Fact]
    public void News_InTheCmsForm_BuildsWithItsDatesDeadlinesAndAddress()
    {
        using var site = Site();
        site.WriteBytes("input/files/plan.pdf", TestPdf.Tagged());
        var result = site.Build(now: new DateTimeOffset(2022, 11, 20, 12, 0, 0, TimeSpan.Zero));
        result.AssertSucceeded();

        var news = result.Model!.News.Single();
        Assert.Equal("Ny sak: «test» – 50 %", news.Title);
        Assert.Equal(new DateOnly(2022, 11, 18), news.Date.Date);
        Assert.Equal(["kartlegging", "folkebibliotek"], news.Tags.ToArray());
        Assert.Equal(["frist-en", "periode"], news.DeadlineIds.Select(d => d.Id));
        Assert.Equal(new DateTime(2022, 11, 19, 8, 30, 0), news.Article.PublishDate!.Value.LocalDateTime);
        Assert.Equal(new DateTime(2023, 1, 31, 23, 59, 0), news.Article.ExpiryDate!.Value.LocalDateTime);
        Assert.Equal("nn", news.Article.Language);
        var page = result.Html("aktuelt/ny-sak/index.html");
        Assert.Contains("Svar på høringen: «utkast»", page.Body!.TextContent);
        Assert.NotNull(result.File("gammel-sak/index.html")); // the alias redirects
    }

    [Fact]
    public void News_PublishedFromALocalTime_WaitsForThatTimeInTheSitesZone()
    {
        using var site = Site();
        site.WriteBytes("input/files/plan.pdf", TestPdf.Tagged());
        site.Write("input/data/deadlines.yml", DeadlinesAsTheCmsWritesThem.Replace("link: /aktuelt/ny-sak/", "link: https://example.org/").Replace("Se også [nyheten](/aktuelt/ny-sak/).", "Kort."));
        // 08:30 in Oslo is 07:30 UTC in November: at 07:00 UTC the item is not out yet, at 08:00 UTC it is.
        var before = site.Build(now: new DateTimeOffset(2022, 11, 19, 7, 0, 0, TimeSpan.Zero));
        var after = site.Build(now: new DateTimeOffset(2022, 11, 19, 8, 0, 0, TimeSpan.Zero));

        before.AssertSucceeded();
        after.AssertSucceeded();
        Assert.Null(before.File("aktuelt/ny-sak/index.html"));
        Assert.NotNull(after.File("aktuelt/ny-sak/index.html"));
    }

    [Fact]
    public void Page_InTheCmsForm_BuildsAsATranslationInTheMenuOrder()
    {
        using var site = Site();
        site.WriteBytes("input/files/plan.pdf", TestPdf.Tagged());
        var result = site.Build();
        result.AssertSucceeded();

        var page = result.Model!.Pages.Single(p => p.Slug == "about");
        Assert.Equal(3, page.MenuOrder);
        Assert.Equal("en", page.Article.Language);
        Assert.Equal("en", result.Html("en/about/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void FileDescription_InTheCmsForm_GivesTheDocumentItsTitle()
    {
        using var site = Site();
        site.WriteBytes("input/files/plan.pdf", TestPdf.Tagged());
        var result = site.Build();
        result.AssertSucceeded();

        Assert.Contains("Plan for innføringen", result.Html("dokumenter/index.html").Body!.TextContent);
    }

    [Fact]
    public void BareListAndCmsShape_GiveTheSameDeadlines()
    {
        const string bare = "- id: a\n  title: A\n  date: 2022-12-02\n- id: b\n  title: B\n  date: 2022-12-03\n";
        using var one = new TestSite(("input/data/deadlines.yml", bare));
        using var other = new TestSite(("input/data/deadlines.yml", "deadlines:\n" + string.Concat(bare.Split('\n').Select(l => l.Length == 0 ? "" : "  " + l + "\n"))));
        var a = one.Build();
        var b = other.Build();
        a.AssertSucceeded();
        b.AssertSucceeded();

        Assert.Equal(a.Model!.Deadlines.Select(d => (d.Id, d.Fingerprint)), b.Model!.Deadlines.Select(d => (d.Id, d.Fingerprint)));
        Assert.Equal(a.Text("kalender/frister.ics"), b.Text("kalender/frister.ics"));
    }

    [Fact]
    public void EmptyCmsShape_HasNoDeadlines_AndAnythingButAListUnderIt_IsAnErrorAtItsLine()
    {
        using var empty = new TestSite(("input/data/deadlines.yml", "deadlines:\n"));
        var result = empty.Build();
        result.AssertSucceeded();
        Assert.Empty(result.Model!.Deadlines);

        using var wrong = new TestSite(("input/data/deadlines.yml", "deadlines:\n  id: a\n"));
        var error = wrong.Build().AssertOnlyError(SiteGen.Diagnostics.DiagnosticCodes.WrongType, "input/data/deadlines.yml", 2, 3);
        Assert.Contains("deadlines:", error.MessageNb);
    }

    [Fact]
    public void NewDeadline_AppendsInsideTheCmsShape_AndTheFileStillBuilds()
    {
        using var site = new TestSite(("input/data/deadlines.yml", DeadlinesAsTheCmsWritesThem.Replace("link: /aktuelt/ny-sak/", "link: https://example.org/").Replace("Se også [nyheten](/aktuelt/ny-sak/).", "Kort.")));
        var created = ContentCreator.Deadline(site.InputDir, "ny-frist", "Ny frist", "2022-12-20", ["folkebibliotek"]);
        Assert.Null(created.Error);
        var result = site.Build();
        result.AssertSucceeded();

        Assert.Contains(result.Model!.Deadlines, d => d.Id == "ny-frist" && d.Start.Date == new DateOnly(2022, 12, 20));
        Assert.Equal(4, result.Model.Deadlines.Length);
        var lines = File.ReadAllLines(Path.Combine(site.InputDir, "data", "deadlines.yml"));
        Assert.Equal("  - id: ny-frist  # fast navn; endres aldri etter at fristen er publisert", lines[created.Line - 1]);
    }
}
