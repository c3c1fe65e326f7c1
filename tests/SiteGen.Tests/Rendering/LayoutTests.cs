using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class LayoutTests
{
    [Fact]
    public void Build_EveryPage_HasLangSkipLinkOneMainAndOneH1()
    {
        using var site = new TestSite(
            ("input/news/a.md", SiteFiles.News("A", "2022-10-01")),
            ("input/pages/om.md", SiteFiles.Page("Om", body: "## En\n\n## To\n\n## Tre\n")));
        var result = site.Build();

        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !SiteGen.Cms.AdminSite.IsAdminPath(f.Path)))
        {
            var page = result.Html(file.Path);
            Assert.Equal("nb", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("main"));
            Assert.Single(page.QuerySelectorAll("h1"));
            var skip = page.QuerySelector("body > a")!;
            Assert.Equal("#" + page.QuerySelector("main")!.Id, skip.GetAttribute("href"));
            Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        }
    }

    [Fact]
    public void Build_PageOverOneMebibyte_IsNotTruncated()
    {
        // Scriban's LimitToString defaults to 1 MiB and silently cuts longer output.
        var filler = string.Concat(Enumerable.Repeat("Grenseløse muligheter for bibliotekene. ", 10));
        var body = string.Concat(Enumerable.Range(0, 2_600).Select(i => $"Avsnitt {i}. {filler}\n\n")) + "Siste avsnitt.";
        using var site = new TestSite(("input/pages/lang.md", SiteFiles.Page("Lang", body: body)));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.True(result.File("lang/index.html")!.Content.Length > 1024 * 1024);
        var page = result.Html("lang/index.html");
        var paragraphs = page.QuerySelectorAll(".prose p");
        Assert.Equal(2_601, paragraphs.Length);
        Assert.Equal("Siste avsnitt.", paragraphs[^1].TextContent);
        Assert.NotNull(page.QuerySelector("footer"));
    }

    [Fact]
    public void Build_HeadHasCanonicalDescriptionAndLocalStylesheet()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om", "summary: Kort om oss.")));

        var page = site.Build().Html("om/index.html");

        Assert.Equal("https://test.example/om/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Kort om oss.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("/css/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }
}
