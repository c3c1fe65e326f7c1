using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// A base URL with characters that are escaped differently in different places: Markdig writes
/// "/o'neill/" as "/o%27neill/", templates as "/o&amp;#39;neill/". Every link must still be found on the
/// site, not reported as leading outside it.
/// </summary>
public sealed class HostileBaseUrlTests
{
    [Theory]
    [InlineData("https://example.org/o'neill/", "/o'neill/")]
    [InlineData("https://example.org/o%27neill/", "/o'neill/")]
    [InlineData("https://example.org/bibliotek (ny)/", "/bibliotek (ny)/")]
    [InlineData("https://example.org/grenseløse/", "/grenseløse/")]
    public void Build_BaseUrlWithEscapedCharacters_BuildsAndEveryLinkLeadsToAFileOfTheSite(string baseUrl, string basePath)
    {
        using var site = new TestSite(
            ("input/site.yml", TestSite.MinimalConfig.Replace("https://test.example/", $"\"{baseUrl}\"")),
            ("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01", body: "Les [om prosjektet](/om/) og [saken](#).")),
            ("input/pages/om.md", SiteFiles.Page("Om", body: "Se [saken](/aktuelt/sak/).")));

        var outcome = HostileBuild.Run(site, keepOutputOnSuccess: false);

        Assert.True(outcome.Exit == 0, outcome.Stderr);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.OutputDir, "aktuelt", "sak", "index.html")));
        var hrefs = page.QuerySelectorAll("a[href^='/']").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToList();
        Assert.Contains(basePath + "om/", hrefs);          // from Markdown
        Assert.Contains(basePath + "aktuelt/", hrefs);     // from the menu in site.yml
        foreach (var href in hrefs)
        {
            Assert.StartsWith(basePath, href);
            var relative = href[basePath.Length..].Split('#')[0];
            var file = Path.Combine(site.OutputDir, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
            Assert.True(File.Exists(file), $"{href} leads to no file");
        }
    }
}
