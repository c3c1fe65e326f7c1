using SiteGen.Tests.Robustness;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>A deadline's 'link' may lead to any address the site has, not only to pages, news and files.</summary>
public sealed class DeadlineLinkTargetTests
{
    private static TestSite Site(string link) => new(
        ("input/data/deadlines.yml", $"- id: frist\n  title: Frist\n  date: 2022-12-01\n  link: {link}\n"),
        ("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01", "aliases: [/gammel-sak/]")));

    [Theory]
    [InlineData("/sok/")]
    [InlineData("/frister/folkebibliotek/")]
    [InlineData("/aktuelt/rss.xml")]
    [InlineData("/aktuelt/atom.xml")]
    [InlineData("/kalender/frister.ics")]
    [InlineData("/kalender/skolebibliotek.ics")]
    [InlineData("/kalender/frist/frist.ics")]
    [InlineData("/sitemap.xml")]
    [InlineData("/404.html")]
    [InlineData("/gammel-sak/")]
    public void Build_DeadlineLinkToAGeneratedAddress_Builds(string link)
    {
        using var site = Site(link);

        var outcome = HostileBuild.Run(site);

        Assert.True(outcome.Exit == 0, outcome.Stderr);
    }

    [Fact]
    public void Build_DeadlineLinkToANewsPageThatIsNotThere_FailsAtTheLink()
    {
        using var site = Site("/aktuelt/side/2/");

        HostileBuild.Fails(site, "input/data/deadlines.yml(4,9): error SG2004:", "SG2004");
    }
}
