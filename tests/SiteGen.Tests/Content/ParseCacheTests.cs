using SiteGen.Content;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>A build with cached parses is the same build: same files, same diagnostics; only changed files are parsed again.</summary>
public sealed class ParseCacheTests
{
    private static TestSite Site() => new(
        ("input/news/a.md", "---\ntitle: A\ndate: 2022-11-01\n---\nTekst [lenke](/b/).\n"),
        ("input/news/b.md", "---\ntitle: B\ndate: 2023-01-01\n---\nFramtidig.\n"),
        ("input/pages/b.md", "---\ntitle: B-side\n---\n## En\n## To\n## Tre\n"));

    [Fact]
    public void Build_Twice_SecondParsesNothingAndGivesTheSameResult()
    {
        using var site = Site();
        var cache = new ParseCache();
        var plain = site.Build();

        var first = SiteBuilder.Build(site.Options() with { ParseCache = cache });
        var second = SiteBuilder.Build(site.Options() with { ParseCache = cache });

        Assert.Equal((3, 3), cache.Counts);
        Assert.Equal(plain.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        Assert.NotEmpty(second.Warnings);
        Assert.Equal(plain.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))), second.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))));
        Assert.Equal(first.Files.Length, second.Files.Length);
    }

    [Fact]
    public void Build_AfterChange_ParsesOnlyTheChangedFile()
    {
        using var site = Site();
        var cache = new ParseCache();
        SiteBuilder.Build(site.Options() with { ParseCache = cache });

        site.Write("input/news/a.md", "---\ntitle: A endret\ndate: 2022-11-01\n---\nNy tekst.\n");
        var result = SiteBuilder.Build(site.Options() with { ParseCache = cache });

        Assert.Equal((2, 4), cache.Counts);
        Assert.Equal("A endret", result.Html("aktuelt/a/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Build_BrokenFileFromCache_ReportsItsErrorsAgain()
    {
        using var site = Site();
        site.Write("input/news/a.md", "---\ntitle: A\ndate: 1.11.2022\n---\nTekst.\n");
        var cache = new ParseCache();

        var first = SiteBuilder.Build(site.Options() with { ParseCache = cache });
        var second = SiteBuilder.Build(site.Options() with { ParseCache = cache });

        Assert.Equal("SG1002", Assert.Single(first.Errors).Code);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Build_OtherBasePath_DoesNotReuseParses()
    {
        using var site = Site();
        var cache = new ParseCache();
        SiteBuilder.Build(site.Options() with { ParseCache = cache });

        var result = SiteBuilder.Build(site.Options(baseUrl: "https://test.example/sti/") with { ParseCache = cache });

        Assert.Equal((0, 6), cache.Counts);
        Assert.Contains("href=\"/sti/b/\"", result.Text("aktuelt/a/index.html"));
    }
}
