using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>'aliases:' keeps old addresses working: a redirect page at each, and clashes are errors at the alias's line.</summary>
public sealed class AliasTests
{
    private const string MovedPage = "---\ntitle: Ny side\naliases:\n  - /gammel-side/\n  - /aktuelt/gammelt-navn\n---\nTekst.\n";

    [Fact]
    public void Build_PageWithAliases_WritesRedirectPagesToTheNewAddress()
    {
        using var site = new TestSite(("input/pages/ny-side.md", MovedPage));

        var result = site.Build();

        result.AssertSucceeded();
        foreach (var path in new[] { "gammel-side/index.html", "aktuelt/gammelt-navn/index.html" })
        {
            var page = result.Html(path);
            Assert.Equal("0; url=/ny-side/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal("https://test.example/ny-side/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            var link = page.QuerySelector("body a")!;
            Assert.Equal("/ny-side/", link.GetAttribute("href"));
            Assert.Equal("Ny side", link.TextContent);
        }
        Assert.NotNull(result.File("ny-side/index.html"));
    }

    [Fact]
    public void Build_NewsItemAlias_PointsToTheNewsAddress()
    {
        using var site = new TestSite(("input/news/ny-sak.md", "---\ntitle: Ny <sak>\ndate: 2022-11-01\naliases: /aktuelt/gammel-sak/\n---\nTekst.\n"));

        var result = site.Build();

        result.AssertSucceeded();
        var page = result.Html("aktuelt/gammel-sak/index.html");
        Assert.Equal("0; url=/aktuelt/ny-sak/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("Ny <sak>", page.QuerySelector("body a")!.TextContent);
        Assert.Contains("Ny &lt;sak&gt;", result.Text("aktuelt/gammel-sak/index.html"));
    }

    [Fact]
    public void Build_SubPathBaseUrl_RedirectsUnderTheSubPath()
    {
        using var site = new TestSite(("input/pages/ny-side.md", MovedPage));

        var result = site.Build(baseUrl: "https://test.example/prosjekt/");

        result.AssertSucceeded();
        var page = result.Html("gammel-side/index.html");
        Assert.Equal("0; url=/prosjekt/ny-side/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("https://test.example/prosjekt/ny-side/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Build_FileAlias_KeepsItsFileName()
    {
        using var site = new TestSite(("input/pages/ny-side.md", "---\ntitle: Ny side\naliases: [/gammel.html]\n---\nTekst.\n"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.NotNull(result.File("gammel.html"));
    }

    [Theory]
    [InlineData("/om/", "input/pages/om.md")]
    [InlineData("/aktuelt/", "news-list.sbn")]
    [InlineData("/css/site.css", "site.css")]
    public void Build_AliasOfAnExistingAddress_IsAnErrorAtTheAlias(string alias, string owner)
    {
        using var site = new TestSite(
            ("input/pages/om.md", "---\ntitle: Om\n---\nTekst.\n"),
            ("input/pages/ny-side.md", $"---\ntitle: Ny side\naliases:\n  - /gammel/\n  - {alias}\n---\nTekst.\n"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("SG2006", error.Code);
        Assert.Equal(new SourceLocation("input/pages/ny-side.md", 5, 5), error.Location);
        Assert.Contains(alias, error.Message);
        Assert.Contains(owner, error.Message);
    }

    [Fact]
    public void Build_SameAliasTwice_IsAnErrorAtTheSecond()
    {
        using var site = new TestSite(
            ("input/pages/a.md", "---\ntitle: A\naliases: [/gammel/]\n---\nTekst.\n"),
            ("input/news/b.md", "---\ntitle: B\ndate: 2022-11-01\naliases: [/gammel]\n---\nTekst.\n"));

        var result = site.Build();

        var error = Assert.Single(result.Errors);
        Assert.Equal("SG2006", error.Code);
        Assert.Equal("input/news/b.md", error.Location!.Path);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains("input/pages/a.md(3,", error.Message);
    }

    [Theory]
    [InlineData("gammel-side")]
    [InlineData("/../hemmelig/")]
    [InlineData("/a/./b/")]
    [InlineData("https://annen.example/side/")]
    [InlineData("//annen.example/")]
    [InlineData("/gammel side/")]
    [InlineData("/a\\b/")]
    public void Build_AliasThatIsNotASafeSitePath_IsAnError(string alias)
    {
        using var site = new TestSite(("input/pages/ny.md", $"---\ntitle: Ny\naliases:\n  - '{alias}'\n---\nTekst.\n"));

        var result = site.Build();

        var error = Assert.Single(result.Errors);
        Assert.Equal("SG1009", error.Code);
        Assert.Equal(4, error.Location!.Line);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("hemmelig", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_HiddenItem_WritesNoRedirect()
    {
        using var site = new TestSite(("input/pages/ny.md", "---\ntitle: Ny\ndraft: true\naliases: [/gammel/]\n---\nTekst.\n"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Null(result.File("gammel/index.html"));
    }
}
