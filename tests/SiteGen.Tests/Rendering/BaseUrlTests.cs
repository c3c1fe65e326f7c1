using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class BaseUrlTests
{
    private static TestSite Site() => new(
        ("input/site.yml", TestSite.MinimalConfig + "\n  - title: Om\n    url: /om/\n"),
        ("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2022-12-02\n  link: /om/\n  description: Se [siden](/om/#mal).\n"),
        ("input/news/a.md", SiteFiles.News("A", "2022-10-01", "deadlines: [frist]", "Les [om oss](/om/) og [filen](/files/x.pdf).")),
        ("input/news/b.md", SiteFiles.News("B", "2022-10-02")),
        ("input/files/x.pdf", "%PDF-1.4\n"),
        ("input/pages/om.md", SiteFiles.Page("Om", body: "## Mål\n\n![bilde](/files/x.pdf)\n")));

    private static IEnumerable<string> InternalUrls(IDocument page) =>
        page.QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => !u.StartsWith('#') && !u.StartsWith("https://", StringComparison.Ordinal) && !u.StartsWith("http://", StringComparison.Ordinal) && !u.StartsWith("webcal://", StringComparison.Ordinal));

    [Fact]
    public void Build_BaseUrlUnderSubPath_EveryInternalLinkStartsWithSubPath()
    {
        // Arrange
        using var site = Site();

        // Act
        var result = site.Build(baseUrl: "https://x.example/sub/");

        // Assert
        result.AssertSucceeded();
        var htmlFiles = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !SiteGen.Cms.AdminSite.IsAdminPath(f.Path)).ToList();
        Assert.Equal(11, htmlFiles.Count);
        var checkedLinks = 0;
        foreach (var file in htmlFiles)
        {
            foreach (var url in InternalUrls(result.Html(file.Path)))
            {
                Assert.True(url.StartsWith("/sub/", StringComparison.Ordinal), $"{file.Path}: '{url}' does not start with /sub/");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 50, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Build_BaseUrlUnderSubPath_CanonicalIsAbsoluteUnderSubPath()
    {
        using var site = Site();

        var page = site.Build(baseUrl: "https://x.example/sub/").Html("om/index.html");

        Assert.Equal("https://x.example/sub/om/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Build_BaseUrlWithoutTrailingSlash_IsTreatedAsFolder()
    {
        using var site = Site();

        var page = site.Build(baseUrl: "https://x.example/sub").Html("aktuelt/a/index.html");

        Assert.Equal("/sub/om/", page.QuerySelector(".prose a")!.GetAttribute("href"));
    }

    [Fact]
    public void Build_RootBaseUrl_LinksStartAtRoot()
    {
        using var site = Site();

        var page = site.Build().Html("aktuelt/a/index.html");

        Assert.Equal("/om/", page.QuerySelector(".prose a")!.GetAttribute("href"));
        Assert.Equal("/files/x.pdf", page.QuerySelectorAll(".prose a")[1].GetAttribute("href"));
    }
}
