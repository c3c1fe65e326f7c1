using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class NewsItemPageTests
{
    private const string Deadlines = """
        - id: kartlegging
          title: Svarfrist for kartleggingen
          date: 2022-12-02
          audience: folkebibliotek
        - id: annen
          title: En annen frist
          date: 2022-12-15
        """;

    private static TestSite Site() => new(
        ("input/data/deadlines.yml", Deadlines),
        ("input/news/eldst.md", SiteFiles.News("Eldst", "2022-10-01")),
        ("input/news/kartlegging.md", SiteFiles.News("Kartlegging sendt ut", "2022-11-02",
            "summary: Svar innen fristen.\ntags: [kartlegging, folkebibliotek]\ndeadlines: [kartlegging]", "Fyll ut **skjemaet**.")),
        ("input/news/nyest.md", SiteFiles.News("Nyest", "2022-11-18")));

    [Fact]
    public void Build_NewsItem_IsWrittenUnderAktueltSlug()
    {
        using var site = Site();

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal("Kartlegging sendt ut", result.Html("aktuelt/kartlegging/index.html").QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void Build_NewsItem_ShowsNorwegianDateInTimeElement()
    {
        using var site = Site();

        var page = site.Build().Html("aktuelt/kartlegging/index.html");

        var time = page.QuerySelector("main .meta time")!;
        Assert.Equal("2022-11-02", time.GetAttribute("datetime"));
        Assert.Equal("2. november 2022", time.TextContent);
    }

    [Fact]
    public void Build_NewsItem_ShowsTags()
    {
        using var site = Site();

        var page = site.Build().Html("aktuelt/kartlegging/index.html");

        Assert.Equal(["kartlegging", "folkebibliotek"], page.QuerySelectorAll(".tags .tag").Select(t => t.TextContent));
    }

    [Fact]
    public void Build_NewsItem_ShowsOnlyItsOwnDeadlines()
    {
        using var site = Site();

        var page = site.Build().Html("aktuelt/kartlegging/index.html");

        var related = page.QuerySelector("section.related")!;
        var deadline = Assert.Single(related.QuerySelectorAll(".deadline"));
        Assert.Equal("Svarfrist for kartleggingen", deadline.QuerySelector(".deadline-title")!.TextContent);
        Assert.Equal("2022-12-02", deadline.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("2. desember 2022", deadline.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public void Build_NewsItemWithoutDeadlines_HasNoDeadlineSection()
    {
        using var site = Site();

        var page = site.Build().Html("aktuelt/nyest/index.html");

        Assert.Null(page.QuerySelector("section.related"));
        Assert.Null(page.QuerySelector(".tags"));
    }

    [Fact]
    public void Build_MiddleItem_LinksToNewerAndOlder()
    {
        using var site = Site();

        var page = site.Build().Html("aktuelt/kartlegging/index.html");

        var newer = page.QuerySelector("nav.prev-next a[rel=prev]")!;
        var older = page.QuerySelector("nav.prev-next a[rel=next]")!;
        Assert.Equal(("Nyest", "/aktuelt/nyest/"), (newer.TextContent, newer.GetAttribute("href")));
        Assert.Equal(("Eldst", "/aktuelt/eldst/"), (older.TextContent, older.GetAttribute("href")));
    }

    [Fact]
    public void Build_NewestItem_HasOnlyOlderLink()
    {
        using var site = Site();

        var page = site.Build().Html("aktuelt/nyest/index.html");

        Assert.Null(page.QuerySelector("nav.prev-next a[rel=prev]"));
        Assert.Equal("/aktuelt/kartlegging/", page.QuerySelector("nav.prev-next a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Build_NewsItem_RendersMarkdownBody()
    {
        using var site = Site();

        var page = site.Build().Html("aktuelt/kartlegging/index.html");

        Assert.Equal("skjemaet", page.QuerySelector(".prose strong")!.TextContent);
    }

    [Fact]
    public void Build_SlugInFrontMatter_OverridesFileName()
    {
        using var site = new TestSite(("input/news/2022-10-01-lang-filnavn.md", SiteFiles.News("A", "2022-10-01", "slug: kort")));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.NotNull(result.File("aktuelt/kort/index.html"));
        Assert.Null(result.File("aktuelt/lang-filnavn/index.html"));
    }

    [Fact]
    public void Build_DatePrefixedFileName_IsDroppedFromSlug()
    {
        using var site = new TestSite(("input/news/2022-10-01-Åpent møte.md", SiteFiles.News("A", "2022-10-01")));

        var result = site.Build();

        Assert.NotNull(result.File("aktuelt/apent-mote/index.html"));
    }
}
