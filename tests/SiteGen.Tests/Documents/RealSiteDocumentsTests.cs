using SiteGen.Tests.Support;

namespace SiteGen.Tests.Documents;

/// <summary>The real site's two PDFs: labelled where the leaders' checklist links them, and listed on /dokumenter/.</summary>
public sealed class RealSiteDocumentsTests
{
    private static readonly BuildOptions Options = new(RepoPaths.Input, RepoPaths.Theme, new DateTimeOffset(2022, 12, 1, 12, 0, 0, TimeSpan.Zero), DisplayRoot: RepoPaths.Root);

    [Fact]
    public void Build_RealSite_NoWarningsAndNoBrokenLinks()
    {
        var result = SiteBuilder.Build(Options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Build_RealSite_LeadersPageLabelsBothPdfs()
    {
        var result = SiteBuilder.Build(Options);

        var links = result.Html("for-bibliotekledere/index.html").QuerySelectorAll(".prose a[href^='/files/']");
        Assert.Equal(2, links.Length);
        Assert.All(links, a => Assert.Matches(@" \(PDF, \d+ sider, \d+ kB\)$", a.TextContent));
        Assert.All(links, a => Assert.Equal("application/pdf", a.GetAttribute("type")));
    }

    [Fact]
    public void Build_RealSite_DocumentsPageListsBothPdfs()
    {
        var result = SiteBuilder.Build(Options);

        var hrefs = result.Html("dokumenter/index.html").QuerySelectorAll(".document h2 a").Select(a => a.GetAttribute("href")).Order();
        Assert.Equal(["/files/argumenter-for-felles-innkjop.pdf", "/files/presentasjon-for-ledere.pdf"], hrefs);
    }

    [Fact]
    public void Build_RealSite_LinkedFromNamesEveryPageThatLinksTheFile()
    {
        var result = SiteBuilder.Build(Options);
        var listed = result.Html("dokumenter/index.html").QuerySelectorAll(".document").ToDictionary(
            d => d.QuerySelector("h2 a")!.GetAttribute("href")!,
            d => d.QuerySelectorAll(".document-links a").Select(a => a.GetAttribute("href")!.Split('#')[0]).ToHashSet());

        // Every page the reader can open that links a file, found in the finished HTML (the home page
        // shows the leaders' page in full, links and all).
        var linking = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Path is not "dokumenter/index.html" and not "404.html")
            .SelectMany(f => result.Html(f.Path).QuerySelectorAll("main a[href^='/files/']").Select(a => (File: a.GetAttribute("href")!, Page: "/" + f.Path[..^"index.html".Length])))
            .Distinct().ToList();

        Assert.Contains(linking, l => l.Page == "/");
        Assert.All(linking, l => Assert.Contains(l.Page, listed[l.File]));
    }
}
