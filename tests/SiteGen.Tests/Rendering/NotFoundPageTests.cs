using SiteGen.Tests.I18n;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// 404.html is shown at every missing address, so it names no address of its own, asks search
/// engines not to index it, speaks every language the site has, and offers the search.
/// </summary>
public sealed class NotFoundPageTests
{
    [Fact]
    public void NotFound_HasNoCanonicalOrOgUrl_AndIsNoindex()
    {
        using var site = new TestSite();

        var page = site.Build().Html("404.html");

        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.DoesNotContain("404.html", page.Head!.OuterHtml);
    }

    [Fact]
    public void OtherPages_AreIndexable_WithTheirOwnCanonical()
    {
        using var site = new TestSite();

        var page = site.Build().Html("aktuelt/index.html");

        Assert.Null(page.QuerySelector("meta[name=robots]"));
        Assert.Equal("https://test.example/aktuelt/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void NotFound_LinksToTheSearch()
    {
        using var site = new TestSite();

        var page = site.Build().Html("404.html");

        var search = Assert.Single(page.QuerySelectorAll("main a[href='/sok/']"));
        Assert.Equal("Søk på nettstedet", search.TextContent);
    }

    [Fact]
    public void NotFound_OnASiteWithEnglishPages_AlsoSpeaksEnglish()
    {
        var page = TwoLanguageSite.Result.Html("404.html");

        Assert.Equal("nb", page.DocumentElement.GetAttribute("lang"));
        var english = Assert.Single(page.QuerySelectorAll("main [lang=en]"));
        Assert.Equal("Page not found", english.QuerySelector("h2")!.TextContent);
        Assert.Contains(english.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/en/" && a.TextContent == "Go to the home page");
        Assert.Contains(english.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/sok/");
    }

    [Fact]
    public void NotFound_OnASiteInOneLanguage_HasNoOtherLanguage()
    {
        using var site = new TestSite();

        Assert.Empty(site.Build().Html("404.html").QuerySelectorAll("main [lang]"));
    }
}
