using System.Xml.Linq;
using AngleSharp.Dom;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>Pages in more than one language: lang, hreflang alternates, the language switch, menus, texts and dates.</summary>
public sealed class LanguagePagesTests
{
    private static readonly string[] Pages = ["index.html", "en/index.html", "om/index.html", "en/about/index.html", "kontakt/index.html"];

    [Fact]
    public void Build_TwoLanguageSite_SucceedsWithoutWarnings()
    {
        var result = TwoLanguageSite.Result;

        result.AssertSucceeded();
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("index.html", "nb")]
    [InlineData("en/index.html", "en")]
    [InlineData("om/index.html", "nb")]
    [InlineData("en/about/index.html", "en")]
    [InlineData("kontakt/index.html", "nb")]
    [InlineData("aktuelt/sak/index.html", "nb")]
    public void HtmlLang_EveryPage_IsThePagesLanguage(string path, string language)
    {
        Assert.Equal(language, TwoLanguageSite.Result.Html(path).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Alternates_OfEveryTranslatedPage_PairUpBothWays()
    {
        var result = TwoLanguageSite.Result;
        var checkedPages = 0;

        foreach (var path in Pages)
        {
            var page = result.Html(path);
            var self = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            var alternates = Alternates(page);
            if (alternates.Count == 0)
                continue;
            checkedPages++;
            Assert.Equal(self, alternates[page.DocumentElement.GetAttribute("lang")!]);
            foreach (var (hreflang, url) in alternates.Where(a => a.Key != "x-default"))
            {
                var other = result.Html(OutputPathOf(url));
                Assert.Equal(hreflang, other.DocumentElement.GetAttribute("lang"));
                Assert.Equal(alternates, Alternates(other));
            }
        }

        Assert.Equal(4, checkedPages);
        Assert.Equal(new Dictionary<string, string>
        {
            ["nb"] = "https://test.example/om/",
            ["en"] = "https://test.example/en/about/",
            ["x-default"] = "https://test.example/om/",
        }, Alternates(result.Html("en/about/index.html")));
    }

    [Fact]
    public void Alternates_PageWithoutTranslation_HasNone()
    {
        Assert.Empty(Alternates(TwoLanguageSite.Result.Html("kontakt/index.html")));
    }

    [Theory]
    [InlineData("index.html", "nb", "/en/")]
    [InlineData("om/index.html", "nb", "/en/about/")]
    [InlineData("en/about/index.html", "en", "/om/")]
    [InlineData("kontakt/index.html", "nb", "/en/")]
    public void LanguageSwitch_InTheHeader_NamesEachLanguageInItselfWithLangAndHreflang_AndMarksTheCurrentOne(string path, string current, string otherUrl)
    {
        var page = TwoLanguageSite.Result.Html(path);

        var nav = Assert.Single(page.QuerySelectorAll("header nav.language-switch"));
        Assert.False(string.IsNullOrWhiteSpace(nav.GetAttribute("aria-label")));
        var links = nav.QuerySelectorAll("a").ToList();
        Assert.Equal(["Norsk bokmål", "English"], links.Select(a => a.TextContent));
        Assert.All(links, a => Assert.Equal(a.GetAttribute("hreflang"), a.GetAttribute("lang")));
        Assert.Equal(["nb", "en"], links.Select(a => a.GetAttribute("lang")));
        var marked = Assert.Single(links, a => a.GetAttribute("aria-current") == "page");
        Assert.Equal(current, marked.GetAttribute("lang"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), "https://test.example" + marked.GetAttribute("href"));
        Assert.Equal(otherUrl, links.Single(a => a != marked).GetAttribute("href"));
    }

    [Fact]
    public void LanguageSwitch_OnASiteInOneLanguage_IsNotThere()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om")));

        var result = site.Build();

        Assert.Null(result.Html("om/index.html").QuerySelector(".language-switch"));
        Assert.Null(result.Html("om/index.html").QuerySelector("link[hreflang]"));
    }

    [Fact]
    public void EnglishHome_HasEnglishTextsAndDates_AndMarksTheNorwegianParts()
    {
        var page = TwoLanguageSite.Result.Html("en/index.html");

        Assert.Equal("Skip to main content", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("The home page", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Next deadlines", "News"], page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        var deadline = page.QuerySelector(".deadline")!;
        Assert.Equal("2 December 2022", deadline.QuerySelector("time")!.TextContent);
        Assert.Equal("In 12 days", deadline.QuerySelector(".deadline-status")!.TextContent);
        Assert.Equal("nb", deadline.QuerySelector(".deadline-title span[lang]")!.GetAttribute("lang"));
        Assert.Equal("For: Folkebibliotek", deadline.QuerySelector(".deadline-audience")!.TextContent);
        var news = page.QuerySelector(".news-summary")!;
        Assert.Equal("nb", news.QuerySelector("h3 a")!.GetAttribute("lang"));
        Assert.Equal("10 November 2022", news.QuerySelector("time")!.TextContent);
        Assert.Equal("nb", page.QuerySelector(".site-title")!.GetAttribute("lang"));
        Assert.Equal("/en/", page.QuerySelector(".site-title a")!.GetAttribute("href"));
        Assert.Equal("Back to top", page.QuerySelector(".to-top")!.TextContent);
        Assert.Equal("en_GB", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("In {0} days", page.QuerySelector("script[src$='frister.js']")!.GetAttribute("data-days"));
    }

    [Fact]
    public void NorwegianHome_KeepsNorwegianTextsAndDates_WithoutLangMarks()
    {
        var page = TwoLanguageSite.Result.Html("index.html");

        Assert.Equal("Hopp til hovedinnholdet", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("2. desember 2022", page.QuerySelector(".deadline time")!.TextContent);
        Assert.Equal("Om 12 dager", page.QuerySelector(".deadline-status")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("body [lang]"), e => e.Closest(".language-switch") is null);
    }

    [Fact]
    public void EnglishPages_ShowTheEnglishMenu_WithTheCurrentPageMarked()
    {
        var about = TwoLanguageSite.Result.Html("en/about/index.html");
        var home = TwoLanguageSite.Result.Html("en/index.html");
        var norwegian = TwoLanguageSite.Result.Html("om/index.html");

        Assert.Equal(["Home", "About"], Menu(about).Select(a => a.TextContent));
        Assert.Equal(["/en/about/"], Menu(about).Where(a => a.GetAttribute("aria-current") == "page").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/en/"], Menu(home).Where(a => a.GetAttribute("aria-current") == "page").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Forside", "Aktuelt"], Menu(norwegian).Select(a => a.TextContent));
        Assert.All(Menu(about), a => Assert.Null(a.GetAttribute("lang")));
    }

    [Fact]
    public void PageInALanguageWithoutItsOwnMenu_ShowsTheMainMenuMarkedAsNorwegian()
    {
        using var site = new TestSite(
            ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/pages/about.md", SiteFiles.Page("About", "lang: en\ntranslation_of: /om/")));

        var result = site.Build();

        result.AssertSucceeded();
        var menu = Menu(result.Html("en/about/index.html"));
        Assert.Equal(["Forside", "Aktuelt"], menu.Select(a => a.TextContent));
        Assert.All(menu, a => Assert.Equal("nb", a.GetAttribute("lang")));
    }

    [Fact]
    public void EnglishHomeWithoutSummary_TakesItsDescriptionFromSiteYml()
    {
        var page = TwoLanguageSite.Result.Html("en/index.html");

        Assert.Equal("A site for tests, in English.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void Sitemap_ListsTheTranslatedPages_WithXhtmlAlternates()
    {
        var sitemap = XDocument.Parse(TwoLanguageSite.Result.Text("sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";

        var urls = sitemap.Root!.Elements(sm + "url").ToDictionary(u => u.Element(sm + "loc")!.Value);
        Assert.Contains("https://test.example/en/", urls.Keys);
        Assert.Contains("https://test.example/en/about/", urls.Keys);
        var alternates = urls["https://test.example/om/"].Elements(xhtml + "link")
            .ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal(new Dictionary<string, string>
        {
            ["nb"] = "https://test.example/om/",
            ["en"] = "https://test.example/en/about/",
            ["x-default"] = "https://test.example/om/",
        }, alternates);
        Assert.Empty(urls["https://test.example/kontakt/"].Elements(xhtml + "link"));
    }

    [Fact]
    public void SearchIndex_HasTheEnglishPages_WithTheirLanguage()
    {
        var search = Search.SearchIndexFiles.Query(TwoLanguageSite.Result);
        var items = search.Run("about").Hits.Concat(search.Run("testsiden").Hits)
            .Select(h => search.Item(h.Doc)).ToList();

        var about = items.First(e => e.GetProperty("u").GetString() == "/en/about/");
        Assert.Equal("en", about.GetProperty("l").GetString());
        var om = items.First(e => e.GetProperty("u").GetString() == "/om/");
        Assert.False(om.TryGetProperty("l", out _));
    }

    [Fact]
    public void NewsItemInNorthernSami_HasItsLang_AndWarnsThatTheThemeHasNoSamiTexts()
    {
        using var site = new TestSite(("input/news/sak.md", SiteFiles.News("Ođđasat", "2022-11-10", "lang: se")));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal("se", result.Html("aktuelt/sak/index.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("se", result.Html("aktuelt/index.html").QuerySelector(".news-summary h2 a")!.GetAttribute("lang"));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DiagnosticCodes.MissingUiString, warning.Code);
        Assert.Equal(new SourceLocation("input/news/sak.md", 4, 7), warning.Location);
        Assert.Contains("se.yml", warning.Message);
        // Sámi dates fall back to Bokmål until their form is confirmed (see DateFormatter).
        Assert.Equal("10. november 2022", result.Html("aktuelt/sak/index.html").QuerySelector(".meta time")!.TextContent);
    }

    private static Dictionary<string, string> Alternates(IDocument page) =>
        page.QuerySelectorAll("head link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

    private static List<IElement> Menu(IDocument page) => [.. page.QuerySelectorAll("nav.site-nav a")];

    private static string OutputPathOf(string absoluteUrl) => SiteGen.Urls.SitePaths.OutputFileOf(new Uri(absoluteUrl).AbsolutePath);
}
