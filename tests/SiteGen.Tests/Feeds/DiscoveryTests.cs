using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

public sealed class DiscoveryTests
{
    private static TestSite NewsSite() => new(
        ("input/news/eldst.md", "---\ntitle: Den eldste\ndate: 2022-11-01\nsummary: Først ut.\ntags: [kartlegging]\n---\nSe [fristene](/frister/).\n"),
        ("input/news/nyest.md", "---\ntitle: Sikker <script>alert(1)</script> & «tittel» ]]>\ndate: 2022-11-15\n---\nTekst.\n"),
        ("input/news/utkast.md", "---\ntitle: Utkast\ndate: 2022-11-16\ndraft: true\n---\nIkke publisert.\n"),
        ("input/pages/om.md", "---\ntitle: Om\nupdated: 2022-10-01\n---\nOm prosjektet.\n"));

    [Fact]
    public void Build_RssAndAtom_ParseAndListEveryPublicItemNewestFirst()
    {
        using var site = NewsSite();

        var result = site.Build();

        foreach (var path in new[] { "aktuelt/rss.xml", "aktuelt/atom.xml" })
        {
            using var reader = XmlReader.Create(new MemoryStream(result.File(path)!.Content));
            var feed = SyndicationFeed.Load(reader);
            Assert.Equal(["Sikker <script>alert(1)</script> & «tittel» ]]>", "Den eldste"], feed.Items.Select(i => i.Title.Text));
            Assert.Equal("https://test.example/aktuelt/eldst/", feed.Items.Last().Id);
            Assert.Equal(new DateTimeOffset(2022, 11, 1, 0, 0, 0, TimeSpan.FromHours(1)), feed.Items.Last().PublishDate);
        }
    }

    [Theory]
    [InlineData("aktuelt/rss.xml", "application/rss+xml")]
    [InlineData("aktuelt/atom.xml", "application/atom+xml")]
    public void Build_EachFeed_NamesItsOwnAddress(string path, string type)
    {
        using var site = NewsSite();

        var feed = XDocument.Load(new MemoryStream(site.Build().File(path)!.Content));

        // Atom's <link rel="self">, which RSS 2.0 borrows; the RSS feed takes nothing else from Atom.
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var self = Assert.Single(feed.Descendants(atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(("https://test.example/" + path, type), ((string?)self.Attribute("href"), (string?)self.Attribute("type")));
        if (path.EndsWith("rss.xml", StringComparison.Ordinal))
            Assert.Equal([self], feed.Descendants().Where(e => e.Name.Namespace == atom));
    }

    [Fact]
    public void Build_Feeds_DoNotChangeWithTheBuildClock()
    {
        using var site = NewsSite();

        var first = site.Build(now: new DateTimeOffset(2022, 11, 20, 0, 0, 0, TimeSpan.Zero));
        var later = site.Build(now: new DateTimeOffset(2022, 12, 24, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(first.File("aktuelt/rss.xml")!.Content, later.File("aktuelt/rss.xml")!.Content);
        Assert.Equal(first.File("aktuelt/atom.xml")!.Content, later.File("aktuelt/atom.xml")!.Content);
    }

    [Fact]
    public void Build_EveryPage_LinksFeedsInItsHead()
    {
        using var site = NewsSite();

        var page = site.Build().Html("om/index.html");

        var alternates = page.QuerySelectorAll("head link[rel=alternate]").ToDictionary(l => l.GetAttribute("type")!, l => l.GetAttribute("href"));
        Assert.Equal("/aktuelt/rss.xml", alternates["application/rss+xml"]);
        Assert.Equal("/aktuelt/atom.xml", alternates["application/atom+xml"]);
        Assert.Equal("/kalender/frister.ics", alternates["text/calendar"]);
        Assert.Equal("https://test.example/om/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Om", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("link[rel=icon]"));
    }

    [Fact]
    public void Build_Sitemap_ListsPublicPagesWithLastmodAndNoDraftsOr404()
    {
        using var site = NewsSite();

        var result = site.Build();
        var xml = XDocument.Load(new MemoryStream(result.File("sitemap.xml")!.Content));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = xml.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal("2022-11-01", urls["https://test.example/aktuelt/eldst/"]);
        Assert.Equal("2022-10-01", urls["https://test.example/om/"]);
        Assert.Equal("2022-11-15", urls["https://test.example/"]);
        Assert.Contains("https://test.example/frister/", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.Contains("utkast") || u.Contains("404"));
        var htmlPages = result.Files.Count(f => f.Path.EndsWith("index.html", StringComparison.Ordinal));
        Assert.Equal(htmlPages, urls.Count);
        Assert.Contains("Sitemap: https://test.example/sitemap.xml", result.Text("robots.txt"));
    }

    [Fact]
    public void Build_HomeJsonLd_IsValidJsonAndCannotCloseTheScript()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig.Replace("owner: Testbiblioteket", "owner: \"</script><script>alert(1)</script>\"")));

        var home = site.Build().Html("index.html");

        var script = Assert.Single(home.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Empty(home.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        using var json = JsonDocument.Parse(script.TextContent);
        var website = json.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "WebSite");
        Assert.Equal("</script><script>alert(1)</script>", website.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public void Build_EveryPage_HasContentSecurityPolicyAllowingOnlyOwnFiles()
    {
        using var site = NewsSite();

        var page = site.Build().Html("index.html");

        var csp = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }
}
