using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

public sealed class SourceScannerTests
{
    [Fact]
    public void Build_SymbolicLinkLoop_ReportsSG1009InsteadOfCrashing()
    {
        using var site = new TestSite(("input/files/ok.pdf", "%PDF-1.4\n"));
        File.CreateSymbolicLink(Path.Combine(site.InputDir, "files", "loop.pdf"), "loop.pdf");

        var result = site.Build();

        result.AssertOnlyError(DiagnosticCodes.InvalidLink, "input/files/loop.pdf", 1, 1);
    }

    [Fact]
    public void Build_SymbolicLinkOutOfInput_IsRefused()
    {
        using var site = new TestSite(("secret.txt", "hemmelig"), ("input/files/ok.pdf", "%PDF-1.4\n"));
        File.CreateSymbolicLink(Path.Combine(site.InputDir, "files", "secret.txt"), Path.Combine(site.Root, "secret.txt"));

        var result = site.Build();

        var error = result.AssertOnlyError(DiagnosticCodes.InvalidLink, "input/files/secret.txt", 1, 1);
        Assert.Contains("outside", error.Message);
    }

    [Fact]
    public void Build_MissingThemeFolder_IsOneErrorNamingTheFolder()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om")));

        var result = site.Build(theme: Path.Combine(site.Root, "temaet"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingFile, error.Code);
        Assert.Contains("temaet", error.Message);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void Build_HiddenFiles_AreIgnored()
    {
        using var site = new TestSite(
            ("input/news/.utkast.md.swp", "\0binary"),
            ("input/files/.DS_Store", "x"),
            ("input/files/ok.pdf", "%PDF-1.4\n"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.NotNull(result.File("files/ok.pdf"));
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("/.", StringComparison.Ordinal));
    }
}
