using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class NewsListTests
{
    private static readonly string Config = TestSite.MinimalConfig.Replace("news_per_page: 10", "news_per_page: 2");

    /// <summary>Five items, written in an order that is neither date nor file-name order.</summary>
    private static TestSite FiveItems() => new(
        ("input/site.yml", Config),
        ("input/news/c.md", SiteFiles.News("Tredje", "2022-10-03")),
        ("input/news/a.md", SiteFiles.News("Femte", "2022-10-05")),
        ("input/news/e.md", SiteFiles.News("Første", "2022-10-01")),
        ("input/news/b.md", SiteFiles.News("Fjerde", "2022-10-04T09:00")),
        ("input/news/d.md", SiteFiles.News("Andre", "2022-10-02")));

    private static string[] Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".news-list .news-summary h2 a").Select(a => a.TextContent)];

    [Fact]
    public void Build_News_ListsNewestFirst()
    {
        // Arrange
        using var site = new TestSite(
            ("input/news/old.md", SiteFiles.News("Gammel", "2022-09-01")),
            ("input/news/new.md", SiteFiles.News("Ny", "2022-11-15")),
            ("input/news/mid.md", SiteFiles.News("Midt i", "2022-10-10")));

        // Act
        var result = site.Build();

        // Assert
        result.AssertSucceeded();
        Assert.Equal(["Ny", "Midt i", "Gammel"], Titles(result.Html("aktuelt/index.html")));
    }

    [Fact]
    public void Build_SameDate_OrdersBySlug()
    {
        using var site = new TestSite(
            ("input/news/b-sak.md", SiteFiles.News("B", "2022-10-01")),
            ("input/news/a-sak.md", SiteFiles.News("A", "2022-10-01")));

        var result = site.Build();

        Assert.Equal(["A", "B"], Titles(result.Html("aktuelt/index.html")));
    }

    [Fact]
    public void Build_MoreNewsThanPageSize_SplitsIntoNumberedPages()
    {
        using var site = FiveItems();

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal(["Femte", "Fjerde"], Titles(result.Html("aktuelt/index.html")));
        Assert.Equal(["Tredje", "Andre"], Titles(result.Html("aktuelt/side/2/index.html")));
        Assert.Equal(["Første"], Titles(result.Html("aktuelt/side/3/index.html")));
        Assert.Null(result.File("aktuelt/side/1/index.html"));
        Assert.Null(result.File("aktuelt/side/4/index.html"));
    }

    [Fact]
    public void Build_MiddlePage_LinksToPreviousAndNextAndMarksItself()
    {
        using var site = FiveItems();

        var page = site.Build().Html("aktuelt/side/2/index.html");

        var nav = page.QuerySelector("nav.pagination")!;
        Assert.NotNull(nav);
        Assert.Equal("/aktuelt/", nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/aktuelt/side/3/", nav.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var current = Assert.Single(nav.QuerySelectorAll("[aria-current]"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.Equal("/aktuelt/side/2/", current.GetAttribute("href"));
        Assert.Equal("Aktuelt – side 2 av 3", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Build_FirstAndLastPage_HaveNoLinkBeyondTheEnds()
    {
        using var site = FiveItems();
        var result = site.Build();

        var first = result.Html("aktuelt/index.html").QuerySelector("nav.pagination")!;
        var last = result.Html("aktuelt/side/3/index.html").QuerySelector("nav.pagination")!;

        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal("/aktuelt/side/2/", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/aktuelt/side/2/", last.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public void Build_NewsFitOnOnePage_HasNoPagination()
    {
        using var site = new TestSite(("input/news/a.md", SiteFiles.News("A", "2022-10-01")));

        var page = site.Build().Html("aktuelt/index.html");

        Assert.Null(page.QuerySelector("nav.pagination"));
        Assert.Equal(["A"], Titles(page));
    }

    [Fact]
    public void Build_NoNews_StillWritesTheListPage()
    {
        using var site = new TestSite();

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Empty(Titles(result.Html("aktuelt/index.html")));
    }
}
