using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>Text from content is shown as text: no markup an editor types into YAML reaches the page as HTML.</summary>
public sealed class EscapingTests
{
    private const string Nasty = "<script>alert(1)</script> \"Tom\" & 'Jerry' </p><b>";

    /// <summary>YAML single-quoted, so the value is exactly <see cref="Nasty"/>.</summary>
    private static readonly string Quoted = "'" + Nasty.Replace("'", "''") + "'";

    private static TestSite Site() => new(
        ("input/data/deadlines.yml", $"- id: frist\n  title: {Quoted}\n  date: 2022-12-02\n"),
        ("input/news/sak.md", SiteFiles.News(Quoted, "2022-11-01",
            $"summary: {Quoted}\ntags: [{Quoted}]\ndeadlines: [frist]",
            "Body with **bold** and <em class=\"raw\">raw HTML</em>.")),
        ("input/pages/side.md", SiteFiles.Page(Quoted, $"summary: {Quoted}")));

    [Fact]
    public void Build_MarkupInNewsFields_IsShownAsText()
    {
        // Arrange
        using var site = Site();

        // Act
        var result = site.Build();

        // Assert
        result.AssertSucceeded();
        var page = result.Html("aktuelt/sak/index.html");
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.Empty(page.QuerySelectorAll("b"));
        Assert.Equal(Nasty, page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(Nasty, page.QuerySelector("main .lead")!.TextContent);
        Assert.Equal(Nasty, page.QuerySelector(".tags .tag")!.TextContent);
        Assert.Equal(Nasty, page.QuerySelector(".related .deadline-title")!.TextContent);
        Assert.Equal($"{Nasty} – Testsiden", page.Title);
    }

    [Fact]
    public void Build_MarkupInSummary_IsSafeInAttribute()
    {
        using var site = Site();

        var page = site.Build().Html("aktuelt/sak/index.html");

        Assert.Equal(Nasty, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void Build_MarkupInTitle_IsTextInListsAndHome()
    {
        using var site = Site();
        var result = site.Build();

        foreach (var path in new[] { "index.html", "aktuelt/index.html", "frister/index.html", "side/index.html" })
        {
            var page = result.Html(path);
            Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
            Assert.Empty(page.QuerySelectorAll("b"));
        }
        Assert.Equal(Nasty, result.Html("aktuelt/index.html").QuerySelector(".news-summary h2 a")!.TextContent);
        Assert.Equal(Nasty, result.Html("frister/index.html").QuerySelector(".deadline-title")!.TextContent);
        Assert.Equal(Nasty, result.Html("side/index.html").QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void Build_MarkdownBody_IsRenderedAsHtml()
    {
        using var site = Site();

        var page = site.Build().Html("aktuelt/sak/index.html");

        Assert.Equal("bold", page.QuerySelector(".prose strong")!.TextContent);
        Assert.Equal("raw HTML", page.QuerySelector(".prose em.raw")!.TextContent);
    }

    [Fact]
    public void Build_MarkupInSiteTitle_IsShownAsText()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig.Replace("title: Testsiden", $"title: {Quoted}")));

        var page = site.Build().Html("index.html");

        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.Equal(Nasty, page.QuerySelector(".site-title a")!.TextContent);
    }
}
