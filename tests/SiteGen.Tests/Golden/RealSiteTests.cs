using SiteGen.Tests.Support;

namespace SiteGen.Tests.Golden;

/// <summary>The repository's own site (input/ + theme/) must always build cleanly.</summary>
public sealed class RealSiteTests
{
    private static readonly BuildOptions Options = new(RepoPaths.Input, RepoPaths.Theme, new DateTimeOffset(2022, 12, 1, 12, 0, 0, TimeSpan.Zero), DisplayRoot: RepoPaths.Root);

    [Fact]
    public void Build_RealSite_SucceedsWithoutWarnings()
    {
        var result = SiteBuilder.Build(Options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Build_RealSite_HomeHasTitleNewsAndDeadlines()
    {
        var result = SiteBuilder.Build(Options);

        var home = result.Html("index.html");
        Assert.Equal("nb", home.DocumentElement.GetAttribute("lang"));
        Assert.Single(home.QuerySelectorAll("h1"));
        Assert.NotEmpty(home.QuerySelectorAll(".news-summary"));
        Assert.NotEmpty(home.QuerySelectorAll(".deadline"));
    }
}
