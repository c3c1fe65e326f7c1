using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

public sealed class OutputPathsTests
{
    [Fact]
    public void CheckUnique_PathsDifferingOnlyInCase_ReportsSG4001NamingBoth()
    {
        var diagnostics = new DiagnosticBag();
        OutputFile[] files =
        [
            new("files/Rapport.pdf", [1], "input/files/Rapport.pdf"),
            new("files/rapport.pdf", [2], "input/files/rapport.pdf"),
            new("a.html", [3], "x"),
        ];

        var result = OutputPaths.CheckUnique(files, diagnostics);

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(DiagnosticCodes.DuplicateOutputPath, error.Code);
        Assert.Contains("input/files/Rapport.pdf", error.Message);
        Assert.Contains("input/files/rapport.pdf", error.Message);
        Assert.Equal(["a.html", "files/Rapport.pdf"], result.Select(f => f.Path));
    }

    [Fact]
    public void Build_StaticFileClashingWithGeneratedPage_ReportsSG4001()
    {
        using var site = new TestSite(("input/static/404.html", "<p>egen</p>"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(DiagnosticCodes.DuplicateOutputPath, error.Code);
        Assert.Contains("input/static/404.html", error.Message);
    }

    [Fact]
    public void Build_SiteStaticFile_OverridesThemeStaticFile()
    {
        using var site = new TestSite(("input/static/css/site.css", "body { color: black; }\n"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal("body { color: black; }\n", result.Text("css/site.css"));
    }

    [Fact]
    public void Build_Files_ArePublishedUnderFilesWithoutSidecars()
    {
        using var site = new TestSite(
            ("input/files/rapporter/2022.pdf", "%PDF-1.4\n"),
            ("input/files/rapporter/2022.pdf.yml", "title: Rapport\n"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal("%PDF-1.4\n", result.Text("files/rapporter/2022.pdf"));
        Assert.Null(result.File("files/rapporter/2022.pdf.yml"));
    }

    [Fact]
    public void Build_Result_IsSortedByPath()
    {
        using var site = new TestSite(("input/news/a.md", SiteFiles.News("A", "2022-10-01")), ("input/pages/om.md", SiteFiles.Page("Om")));

        var paths = site.Build().Files.Select(f => f.Path).ToList();

        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }
}
