using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>What is on the site at the build's "now" (TestSite builds on 2022-11-20 12:00 UTC).</summary>
public sealed class PublicationTests
{
    private static string[] ListedTitles(BuildResult result) =>
        [.. result.Html("aktuelt/index.html").QuerySelectorAll(".news-summary h2 a").Select(a => a.TextContent)];

    [Fact]
    public void Build_Draft_IsLeftOut()
    {
        using var site = new TestSite(
            ("input/news/synlig.md", SiteFiles.News("Synlig", "2022-10-01")),
            ("input/news/utkast.md", SiteFiles.News("Utkast", "2022-10-02", "draft: true")),
            ("input/pages/kladd.md", SiteFiles.Page("Kladd", "draft: true")));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal(["Synlig"], ListedTitles(result));
        Assert.Null(result.File("aktuelt/utkast/index.html"));
        Assert.Null(result.File("kladd/index.html"));
    }

    [Fact]
    public void Build_DraftWithDraftsOption_IsIncluded()
    {
        using var site = new TestSite(
            ("input/news/synlig.md", SiteFiles.News("Synlig", "2022-10-01")),
            ("input/news/utkast.md", SiteFiles.News("Utkast", "2022-10-02", "draft: true")),
            ("input/pages/kladd.md", SiteFiles.Page("Kladd", "draft: true")));

        var result = site.Build(drafts: true);

        result.AssertSucceeded();
        Assert.Equal(["Utkast", "Synlig"], ListedTitles(result));
        Assert.NotNull(result.File("aktuelt/utkast/index.html"));
        Assert.NotNull(result.File("kladd/index.html"));
    }

    [Fact]
    public void Build_PublishDateInFuture_HidesItem()
    {
        using var site = new TestSite(
            ("input/news/venter.md", SiteFiles.News("Venter", "2022-11-01", "publishDate: 2022-11-21")),
            ("input/news/ute.md", SiteFiles.News("Ute", "2022-11-01", "publishDate: 2022-11-20")));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal(["Ute"], ListedTitles(result));
        Assert.Null(result.File("aktuelt/venter/index.html"));
    }

    [Fact]
    public void Build_PublishDateReached_ShowsItem()
    {
        using var site = new TestSite(("input/news/venter.md", SiteFiles.News("Venter", "2022-11-01", "publishDate: 2022-11-21")));

        var result = site.Build(now: new DateTimeOffset(2022, 11, 21, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(["Venter"], ListedTitles(result));
    }

    [Fact]
    public void Build_ExpiryDateInPast_HidesItem()
    {
        using var site = new TestSite(
            ("input/news/utlopt.md", SiteFiles.News("Utløpt", "2022-10-01", "expiryDate: 2022-11-19")),
            ("input/news/gyldig.md", SiteFiles.News("Gyldig", "2022-10-01", "expiryDate: 2022-12-01")),
            ("input/pages/gammel.md", SiteFiles.Page("Gammel", "expiryDate: 2022-11-01")));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal(["Gyldig"], ListedTitles(result));
        Assert.Null(result.File("aktuelt/utlopt/index.html"));
        Assert.Null(result.File("gammel/index.html"));
    }

    [Fact]
    public void Build_HiddenItem_IsNotLinkedFromNeighbours()
    {
        using var site = new TestSite(
            ("input/news/a.md", SiteFiles.News("A", "2022-10-01")),
            ("input/news/b.md", SiteFiles.News("B", "2022-10-02", "draft: true")),
            ("input/news/c.md", SiteFiles.News("C", "2022-10-03")));

        var result = site.Build();

        Assert.Equal("/aktuelt/a/", result.Html("aktuelt/c/index.html").QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("aktuelt/b/", StringComparison.Ordinal));
    }
}
