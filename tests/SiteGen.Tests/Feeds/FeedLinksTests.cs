using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

/// <summary>
/// Feed readers resolve a relative link against the feed's address (…/atom.xml#x), so every link
/// and image in feed content must be absolute and lead where it leads on the item's page.
/// </summary>
public sealed class FeedLinksTests
{
    private static TestSite LinkSite(string baseUrl = "https://test.example/") => new(
        ("input/site.yml", TestSite.MinimalConfig.Replace("https://test.example/", baseUrl, StringComparison.Ordinal)),
        ("input/pages/om.md", "---\ntitle: Om\n---\nOm.\n"),
        ("input/news/sak.md", """
            ---
            title: Sak
            date: 2022-11-08
            ---
            Les [om avtalen](#avtalen-kan-sies-opp), [om prosjektet](/om/), [en annen side](https://annen.example/x) og [skriv](mailto:post@example.org).

            ## Avtalen kan sies opp

            Tekst.
            """));

    private static List<string> Links(byte[] feedBytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(feedBytes));
        var feed = SyndicationFeed.Load(reader);
        var item = feed.Items.Single();
        // Atom carries the HTML as <content>; RSS 2.0 as <description>, which the loader calls Summary.
        var html = ((TextSyndicationContent?)item.Content ?? item.Summary).Text;
        return [.. new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)];
    }

    [Theory]
    [InlineData("aktuelt/atom.xml")]
    [InlineData("aktuelt/rss.xml")]
    public void Feed_HeadingAnchorsAndSiteLinks_AreAbsolute(string feed)
    {
        using var site = LinkSite();

        var links = Links(site.Build().File(feed)!.Content);

        // The last is the heading's own anchor link.
        Assert.Equal([
            "https://test.example/aktuelt/sak/#avtalen-kan-sies-opp",
            "https://test.example/om/",
            "https://annen.example/x",
            "mailto:post@example.org",
            "https://test.example/aktuelt/sak/#avtalen-kan-sies-opp"], links);
    }

    [Fact]
    public void Feed_SiteUnderAPath_KeepsThePath()
    {
        using var site = LinkSite("https://org.example/prosjekt/");

        var links = Links(site.Build().File("aktuelt/atom.xml")!.Content);

        Assert.Equal("https://org.example/prosjekt/aktuelt/sak/#avtalen-kan-sies-opp", links[0]);
        Assert.Equal("https://org.example/prosjekt/om/", links[1]);
    }
}
