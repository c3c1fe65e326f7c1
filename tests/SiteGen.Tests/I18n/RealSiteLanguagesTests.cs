using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>The repository's own site in Bokmål and English.</summary>
public sealed class RealSiteLanguagesTests
{
    private static readonly Lazy<BuildResult> Result = new(() => SiteBuilder.Build(
        new BuildOptions(RepoPaths.Input, RepoPaths.Theme, new DateTimeOffset(2022, 12, 1, 12, 0, 0, TimeSpan.Zero), DisplayRoot: RepoPaths.Root)));

    [Theory]
    [InlineData("en/index.html", "index.html")]
    [InlineData("en/about-the-project/index.html", "om-prosjektet/index.html")]
    public void EnglishPage_Exists_InEnglish_AndPairsWithItsNorwegianOriginal(string english, string norwegian)
    {
        var result = Result.Value;
        Assert.Empty(result.Diagnostics);

        var en = result.Html(english);
        var nb = result.Html(norwegian);

        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal("nb", nb.DocumentElement.GetAttribute("lang"));
        Assert.Equal("English", en.QuerySelector(".language-switch a[aria-current=page]")!.TextContent);
        Assert.Equal("Skip to main content", en.QuerySelector(".skip-link")!.TextContent);
        var enCanonical = en.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        var nbCanonical = nb.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        foreach (var page in new[] { en, nb })
        {
            Assert.Equal(enCanonical, page.QuerySelector("link[hreflang=en]")!.GetAttribute("href"));
            Assert.Equal(nbCanonical, page.QuerySelector("link[hreflang=nb]")!.GetAttribute("href"));
            Assert.Equal(nbCanonical, page.QuerySelector("link[hreflang=x-default]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void EveryPage_HasALanguageSwitch_AndEveryAlternateLinksBack()
    {
        var result = Result.Value;
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !SiteGen.Cms.AdminSite.IsAdminPath(f.Path)).Select(f => f.Path).ToList();

        foreach (var path in pages)
        {
            var page = result.Html(path);
            Assert.Equal(2, page.QuerySelectorAll(".language-switch a[hreflang][lang]").Length);
            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            foreach (var alternate in page.QuerySelectorAll("link[rel=alternate][hreflang]:not([hreflang=x-default])"))
            {
                var other = result.Html(SiteGen.Urls.SitePaths.OutputFileOf(new Uri(alternate.GetAttribute("href")!).AbsolutePath));
                Assert.Equal(alternate.GetAttribute("hreflang"), other.DocumentElement.GetAttribute("lang"));
                Assert.Contains(other.QuerySelectorAll("link[rel=alternate][hreflang]"), l => l.GetAttribute("href") == canonical);
            }
        }
    }

    [Fact]
    public void EnglishPages_ShowTheEnglishMenu_AndEnglishDates()
    {
        var home = Result.Value.Html("en/index.html");

        Assert.Equal(["Home", "About the project"], home.QuerySelectorAll("nav.site-nav a").Select(a => a.TextContent));
        Assert.Equal("2 December 2022", home.QuerySelectorAll(".deadline time").Select(t => t.TextContent).First(t => t.StartsWith('2')));
        Assert.All(home.QuerySelectorAll(".news-summary h3 a"), a => Assert.Equal("nb", a.GetAttribute("lang")));
    }

    [Fact]
    public void Sitemap_ListsTheEnglishPages()
    {
        var sitemap = Result.Value.Text("sitemap.xml");

        Assert.Contains("<loc>https://grenselose-muligheter.example/en/</loc>", sitemap);
        Assert.Contains("<loc>https://grenselose-muligheter.example/en/about-the-project/</loc>", sitemap);
        Assert.Contains("hreflang=\"en\" href=\"https://grenselose-muligheter.example/en/about-the-project/\"", sitemap);
    }
}
