using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Config;

public sealed class ConfigErrorTests
{
    [Fact]
    public void Build_MissingSiteYml_ReportsSG1010()
    {
        using var site = new TestSite(("input/news/a.md", SiteFiles.News("A", "2022-10-01")));
        File.Delete(Path.Combine(site.InputDir, "site.yml"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(DiagnosticCodes.MissingFile, error.Code);
        Assert.Equal("sitegen: error SG1010: input/site.yml is missing; it holds the site's title, base_url and language", error.ToString());
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Build_EmptyInputFolder_SaysItIsEmpty()
    {
        using var site = new TestSite();
        File.Delete(Path.Combine(site.InputDir, "site.yml"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == DiagnosticCodes.MissingFile && e.Message == "the input folder 'input' is empty; it needs at least site.yml");
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Build_MissingInputFolder_SaysItDoesNotExist()
    {
        using var site = new TestSite();
        Directory.Delete(site.InputDir, recursive: true);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == DiagnosticCodes.MissingFile && e.Message.Contains("does not exist"));
    }

    [Fact]
    public void Build_SiteYmlWithoutTitle_ReportsSG1003()
    {
        using var site = new TestSite(("input/site.yml", "base_url: https://test.example/\n"));

        var result = site.Build();

        result.AssertOnlyError(DiagnosticCodes.MissingKey, "input/site.yml", 1, 1);
    }

    [Fact]
    public void Build_BaseUrlNotAbsolute_ReportsSG1013AtValue()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig.Replace("https://test.example/", "test.example")));

        var result = site.Build();

        result.AssertOnlyError(DiagnosticCodes.InvalidConfig, "input/site.yml", 3, 11);
    }

    [Fact]
    public void Build_UnknownTimeZone_ReportsSG1013()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig.Replace("Europe/Oslo", "Norge/Oslo")));

        var result = site.Build();

        result.AssertOnlyError(DiagnosticCodes.InvalidConfig, "input/site.yml", 5, 12);
    }

    [Fact]
    public void Build_NewsPerPageZero_ReportsSG1013()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig.Replace("news_per_page: 10", "news_per_page: 0")));

        var result = site.Build();

        result.AssertOnlyError(DiagnosticCodes.InvalidConfig, "input/site.yml", 7, 16);
    }
}
