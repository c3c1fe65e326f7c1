using System.Text.Json;
using System.Xml.Linq;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

/// <summary>
/// A news item's publication and update are told in six places: the page, article:modified_time,
/// the JSON-LD, Atom, RSS and sitemap.xml. They must tell the same story.
/// </summary>
public sealed class DatesAgreeTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static BuildResult BuildHistory(TestSite site)
    {
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2026, 11, 25, 19, 0, 0, TimeSpan.Zero));   // added long after their dates
        site.Write("input/news/endret.md", "---\ntitle: Endret\ndate: 2022-11-08\n---\nRettet tekst.\n");
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.Zero));  // 27 November in Oslo
        return site.Build(now: new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    }

    private static TestSite NewsSite() => new(
        ("input/news/endret.md", "---\ntitle: Endret\ndate: 2022-11-08\n---\nTekst.\n"),
        ("input/news/uendret.md", "---\ntitle: Uendret\ndate: 2022-11-09\n---\nTekst.\n"));

    [Theory]
    [InlineData("endret", "2022-11-08", "2026-11-27")]
    [InlineData("uendret", "2022-11-09", null)]
    public void Build_NewsItem_PageFeedsSitemapAndJsonLdAgree(string slug, string published, string? updated)
    {
        using var site = NewsSite();
        var result = BuildHistory(site);
        result.AssertSucceeded();
        var lastChange = updated ?? published;

        var page = result.Html($"aktuelt/{slug}/index.html");
        var times = page.QuerySelectorAll(".meta time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(updated is null ? [published] : [published, updated], times);
        Assert.StartsWith(published + "T", page.QuerySelector("meta[property='article:published_time']")!.GetAttribute("content"));
        Assert.StartsWith(lastChange + "T", page.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));

        var article = JsonLdTests.Nodes(page).Single(n => n.GetProperty("@type").GetString() == "NewsArticle");
        Assert.StartsWith(published + "T", article.GetProperty("datePublished").GetString());
        Assert.StartsWith(lastChange + "T", article.GetProperty("dateModified").GetString());

        var url = $"https://test.example/aktuelt/{slug}/";
        var atom = XDocument.Load(new MemoryStream(result.File("aktuelt/atom.xml")!.Content));
        var entry = atom.Descendants(Atom + "entry").Single(e => (string?)e.Element(Atom + "id") == url);
        Assert.StartsWith(published + "T", (string?)entry.Element(Atom + "published"));
        Assert.StartsWith(lastChange + "T", (string?)entry.Element(Atom + "updated"));

        var rss = XDocument.Load(new MemoryStream(result.File("aktuelt/rss.xml")!.Content));
        var item = rss.Descendants("item").Single(i => (string?)i.Element("link") == url);
        Assert.Equal(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.FromDateTime(DateTimeOffset.Parse((string)item.Element("pubDate")!, System.Globalization.CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(1)).DateTime));

        var sitemap = XDocument.Load(new MemoryStream(result.File("sitemap.xml")!.Content));
        var entryInSitemap = sitemap.Descendants(Sitemap + "url").Single(u => (string?)u.Element(Sitemap + "loc") == url);
        Assert.Equal(lastChange, (string?)entryInSitemap.Element(Sitemap + "lastmod"));
    }

    [Fact]
    public void Build_Feeds_NewestChangeIsTheFeedsUpdate()
    {
        using var site = NewsSite();
        var result = BuildHistory(site);

        var atom = XDocument.Load(new MemoryStream(result.File("aktuelt/atom.xml")!.Content));
        Assert.StartsWith("2026-11-27T", (string?)atom.Root!.Element(Atom + "updated"));
        var rss = XDocument.Load(new MemoryStream(result.File("aktuelt/rss.xml")!.Content));
        Assert.Equal(new DateOnly(2026, 11, 27),
            DateOnly.FromDateTime(DateTimeOffset.Parse((string)rss.Descendants("lastBuildDate").Single(), System.Globalization.CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(1)).DateTime));
    }

    [Fact]
    public void Build_FrontMatterUpdateBeforeTheDate_IsShownNowhere()
    {
        using var site = new TestSite(("input/news/sak.md", "---\ntitle: Sak\ndate: 2022-11-08\nupdated: 2022-11-01\n---\nTekst.\n"));

        var result = site.Build();

        var page = result.Html("aktuelt/sak/index.html");
        Assert.Single(page.QuerySelectorAll(".meta time"));
        Assert.StartsWith("2022-11-08T", page.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));
        var atom = XDocument.Load(new MemoryStream(result.File("aktuelt/atom.xml")!.Content));
        Assert.StartsWith("2022-11-08T", (string?)atom.Descendants(Atom + "entry").Single().Element(Atom + "updated"));
        var sitemap = XDocument.Load(new MemoryStream(result.File("sitemap.xml")!.Content));
        Assert.Equal("2022-11-08", (string?)sitemap.Descendants(Sitemap + "url").Single(u => ((string?)u.Element(Sitemap + "loc"))!.EndsWith("/sak/", StringComparison.Ordinal)).Element(Sitemap + "lastmod"));
    }

    [Fact]
    public void Build_UpdatedPage_SitemapLastmodIsTheShownDate()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\n---\nTekst.\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2022, 10, 5, 10, 0, 0, TimeSpan.Zero));
        site.Write("input/pages/om.md", "---\ntitle: Om\n---\nNy tekst.\n");
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2022, 11, 2, 10, 0, 0, TimeSpan.Zero));

        var result = site.Build();

        Assert.Equal("2022-11-02", result.Html("om/index.html").QuerySelector(".meta time")!.GetAttribute("datetime"));
        var sitemap = XDocument.Load(new MemoryStream(result.File("sitemap.xml")!.Content));
        Assert.Equal("2022-11-02", (string?)sitemap.Descendants(Sitemap + "url").Single(u => (string?)u.Element(Sitemap + "loc") == "https://test.example/om/").Element(Sitemap + "lastmod"));
    }
}
