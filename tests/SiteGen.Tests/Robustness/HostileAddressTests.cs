using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Addresses the disk would refuse (issue 12): a file and a folder with one name, an old address inside
/// a file, names longer than Linux's 255 bytes. They used to surface only when output/ was written, as
/// "cannot write the site" without a file; now each is an error at the line or file that causes it, and
/// output/ is left as it was.
/// </summary>
public sealed class HostileAddressTests
{
    private const string News = "input/news/sak.md";
    private static readonly string Long = string.Join("-", Enumerable.Repeat("veldig-lang-adresse", 16)); // 319 characters

    private static HostileBuild.Outcome Fails(string position, string code, params (string Path, string Content)[] files)
    {
        using var site = new TestSite(files);
        return HostileBuild.Fails(site, position, code);
    }

    [Fact]
    public void Build_ThemeFileWhereAStaticFolderGoes_FailsAtTheSitesFile() =>
        Fails("input/static/css(1,1): error SG4001:", "SG4001", ("input/static/css", "x"));

    [Fact]
    public void Build_StaticFileWhereTheNewsFolderGoes_FailsAtTheFile()
    {
        using var site = new TestSite((News, SiteFiles.News("Sak", "2022-11-01")), ("input/static/aktuelt", "en fil"));

        var outcome = HostileBuild.Fails(site, "input/static/aktuelt(1,1): error SG4001:", "SG4001");

        Assert.Contains("output/aktuelt/", outcome.Stderr);
        Assert.Single(outcome.Stderr.Split('\n'), l => l.Contains("SG4001")); // one error, not one per file in aktuelt/
    }

    [Fact]
    public void Build_StaticFileNamedLikeAPage_FailsAtTheFile() =>
        Fails("input/static/om(1,1): error SG4001:", "SG4001", ("input/pages/om.md", SiteFiles.Page("Om")), ("input/static/om", "x"));

    [Fact]
    public void Build_StaticFileInsideAGeneratedFile_FailsAtTheFile() =>
        Fails("input/static/robots.txt/gammel.txt(1,1): error SG4001:", "SG4001", ("input/static/robots.txt/gammel.txt", "x"));

    [Fact]
    public void Build_StaticFileInsideAPublishedFile_FailsAtTheFileInTheFoldersWay() =>
        Fails("input/files/plan.pdf(1,1): error SG4001:", "SG4001",
            ("input/files/plan.pdf", "%PDF-1.4"), ("input/static/files/plan.pdf/side.html", "x"));

    public static TheoryData<string, string, string> Aliases => new()
    {
        // aliases (block list from line 5), expected position, code
        { "  - /favicon.svg/gammel/", "(5,5)", "SG2006" },    // inside a file of the theme
        { "  - /favicon.svg", "(5,5)", "SG2006" },            // the file itself
        { "  - /aktuelt/rss.xml/x/", "(5,5)", "SG2006" },     // inside a generated file
        { "  - /gammel.html/side/\n  - /gammel.html", "(6,5)", "SG2006" }, // the second is the folder of the first
        { "  - /gammel.html\n  - /gammel.html/side/", "(6,5)", "SG2006" }, // the second lies inside the first
        { $"  - /{Long}/", "(5,5)", "SG1009" },               // a name longer than 255 bytes
        { $"  - /{string.Join('/', Enumerable.Repeat(Long[..200], 20))}/", "(5,5)", "SG1009" }, // a path longer than Linux takes
    };

    [Theory]
    [MemberData(nameof(Aliases))]
    public void Build_AliasTheDiskCannotHold_FailsAtItsLine(string aliases, string position, string code)
    {
        using var site = new TestSite((News, SiteFiles.News("Sak", "2022-11-01", "aliases:\n" + aliases)));

        var outcome = HostileBuild.Fails(site, $"{News}{position}: error {code}:", code);

        Assert.Single(outcome.Stderr.Split('\n'), l => l.Contains("error "));
    }

    [Fact]
    public void Build_LongSlugOfNewsItem_FailsAtTheSlugLine()
    {
        using var site = new TestSite((News, SiteFiles.News("Sak", "2022-11-01", $"slug: {Long}")),
            ("input/pages/om.md", SiteFiles.Page("Om", body: $"Se [saken](/aktuelt/{Long}/).")));

        var outcome = HostileBuild.Fails(site, $"{News}(4,7): error SG1007:", "SG1007");

        Assert.Contains("319 tegn", outcome.Stderr);
        Assert.Single(outcome.Stderr.Split('\n'), l => l.Contains("error ")); // the link to it is not broken as well
    }

    [Fact]
    public void Build_LongSlugOfPage_FailsAtTheSlugLine() =>
        Fails("input/pages/om.md(3,7): error SG1007:", "SG1007", ("input/pages/om.md", SiteFiles.Page("Om", $"slug: {Long}")));

    [Fact]
    public void Build_LongDeadlineId_FailsAtTheIdLine()
    {
        using var site = new TestSite(("input/data/deadlines.yml", $"- title: Frist\n  id: {Long}\n  date: 2022-12-01\n"),
            (News, SiteFiles.News("Sak", "2022-11-01", $"deadlines: [{Long}]")));

        var outcome = HostileBuild.Fails(site, "input/data/deadlines.yml(2,7): error SG1007:", "SG1007");

        Assert.Single(outcome.Stderr.Split('\n'), l => l.Contains("error ")); // the news item naming it is not told it does not exist
    }

    [Fact]
    public void Build_LongAudience_FailsAtItsLineInSiteYml()
    {
        var config = TestSite.MinimalConfig.Replace("  skolebibliotek: Skolebibliotek", $"  {Long}: Skolebibliotek");

        var outcome = Fails("input/site.yml(10,3): error SG1007:", "SG1007", ("input/site.yml", config));

        Assert.Single(outcome.Stderr.Split('\n'), l => l.Contains("error "));
    }
}
