using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class PageTests
{
    private const string LongBody = "Intro.\n\n## Bakgrunn\n\nA.\n\n## Mål\n\nB.\n\n### Bærekraft\n\nC.\n";

    [Fact]
    public void Build_Page_IsWrittenAtItsSlug()
    {
        using var site = new TestSite(("input/pages/om-prosjektet.md", SiteFiles.Page("Om prosjektet")));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal("Om prosjektet", result.Html("om-prosjektet/index.html").QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void Build_LongPage_HasTableOfContentsLinkingEveryHeading()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om", body: LongBody)));

        var page = site.Build().Html("om/index.html");

        var links = page.QuerySelectorAll("nav.toc a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Bakgrunn", "#bakgrunn"), ("Mål", "#mal"), ("Bærekraft", "#baerekraft")], links);
        foreach (var (_, href) in links)
            Assert.NotNull(page.GetElementById(href![1..]));
    }

    [Fact]
    public void Build_ShortPage_HasNoTableOfContents()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om", body: "## En\n\nA.\n\n## To\n\nB.\n")));

        var page = site.Build().Html("om/index.html");

        Assert.Null(page.QuerySelector("nav.toc"));
    }

    [Fact]
    public void Build_TocFalse_HidesTableOfContentsOnLongPage()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om", "toc: false", LongBody)));

        var page = site.Build().Html("om/index.html");

        Assert.Null(page.QuerySelector("nav.toc"));
    }

    [Fact]
    public void Build_Headings_LinkToThemselves()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om", body: LongBody)));

        var page = site.Build().Html("om/index.html");

        var heading = page.QuerySelector(".prose h2")!;
        Assert.Equal("bakgrunn", heading.Id);
        Assert.Equal("#bakgrunn", heading.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Bakgrunn", heading.TextContent);
    }

    [Fact]
    public void Build_Page_HasTilToppenLinkToAnExistingTarget()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om")));

        var page = site.Build().Html("om/index.html");

        var toTop = page.QuerySelectorAll("a").Single(a => a.TextContent == "Til toppen");
        Assert.NotNull(page.GetElementById(toTop.GetAttribute("href")!.TrimStart('#')));
    }

    [Fact]
    public void Build_Site_Has404Page()
    {
        using var site = new TestSite();

        var result = site.Build();

        var page = result.Html("404.html");
        Assert.Equal("Fant ikke siden", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("nb", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("index.html", "/")]
    [InlineData("aktuelt/index.html", "/aktuelt/")]
    [InlineData("om/index.html", "/om/")]
    public void Build_Menu_MarksTheCurrentPageOnly(string file, string expectedHref)
    {
        using var site = new TestSite(
            ("input/site.yml", TestSite.MinimalConfig + "\n  - title: Om\n    url: /om/\n"),
            ("input/pages/om.md", SiteFiles.Page("Om")));

        var page = site.Build().Html(file);

        var current = Assert.Single(page.QuerySelectorAll("nav.site-nav [aria-current]"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.Equal(expectedHref, current.GetAttribute("href"));
    }

    [Fact]
    public void Build_MenuEntryWithoutTrailingSlash_StillMarksItsPage()
    {
        using var site = new TestSite(
            ("input/site.yml", TestSite.MinimalConfig + "\n  - title: Om\n    url: /om\n"),
            ("input/pages/om.md", SiteFiles.Page("Om")));

        var page = site.Build().Html("om/index.html");

        var current = Assert.Single(page.QuerySelectorAll("nav.site-nav [aria-current]"));
        Assert.Equal(("page", "/om"), (current.GetAttribute("aria-current"), current.GetAttribute("href")));
    }

    [Theory]
    [InlineData("aktuelt/sak/index.html")]
    [InlineData("aktuelt/side/2/index.html")]
    public void Build_PageUnderAMenuEntry_MarksTheEntryAsTheSectionNotThePage(string file)
    {
        using var site = new TestSite(
            ("input/site.yml", TestSite.MinimalConfig.Replace("news_per_page: 10", "news_per_page: 1", StringComparison.Ordinal)),
            ("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01")),
            ("input/news/eldre.md", SiteFiles.News("Eldre", "2022-10-01")));

        var page = site.Build().Html(file);

        var current = Assert.Single(page.QuerySelectorAll("nav.site-nav [aria-current]"));
        Assert.Equal("/aktuelt/", current.GetAttribute("href"));
        Assert.Equal("true", current.GetAttribute("aria-current"));
    }

    [Fact]
    public void Build_UnknownFrontMatterKey_IsReachableAsItemParams()
    {
        using var site = new TestSite(
            ("input/_templates/page.sbn", "<h1>{{ item.title }}</h1><p id=\"farge\">{{ item.params.farge }}</p>"),
            ("input/pages/om.md", SiteFiles.Page("Om", "farge: blå")));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal("blå", result.Html("om/index.html").GetElementById("farge")!.TextContent);
    }

    [Fact]
    public void Build_TemplateInFrontMatter_UsesSiteTemplate()
    {
        using var site = new TestSite(
            ("input/_templates/custom.sbn", "<h1 class=\"custom\">{{ item.title }}</h1>"),
            ("input/pages/spesiell.md", SiteFiles.Page("Spesiell", "template: custom")),
            ("input/pages/vanlig.md", SiteFiles.Page("Vanlig")));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal("Spesiell", result.Html("spesiell/index.html").QuerySelector("main h1.custom")!.TextContent);
        Assert.Null(result.Html("vanlig/index.html").QuerySelector("h1.custom"));
        // The layout still wraps the custom template.
        Assert.Equal("Spesiell – Testsiden", result.Html("spesiell/index.html").Title);
    }

    [Fact]
    public void Build_IndexPage_BecomesHomePageIntro()
    {
        using var site = new TestSite(("input/pages/index.md", SiteFiles.Page("Velkommen", body: "Dette er *forsiden*.")));

        var result = site.Build();

        var home = result.Html("index.html");
        Assert.Equal("Velkommen", home.QuerySelector("main h1")!.TextContent);
        Assert.Equal("forsiden", home.QuerySelector(".intro em")!.TextContent);
        Assert.Null(result.File("index/index.html"));
    }
}
