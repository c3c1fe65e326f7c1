using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Documents;

/// <summary>Facts and warnings about the files themselves: PDF accessibility, sidecars, damaged files, --strict.</summary>
public sealed class DocumentCatalogTests
{
    private const string LinkingPage = "---\ntitle: A\n---\nLes [notatet](files/notat.pdf).\n";

    [Fact]
    public void Build_PdfWithoutTitleLanguageOrTags_ThreeWarningsNamingTheFile()
    {
        using var site = new TestSite(("input/pages/a.md", LinkingPage));
        site.WriteBytes("input/files/notat.pdf", TestPdf.Make(pages: 2));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal(["SG1102", "SG1103", "SG1104"], result.Warnings.Select(w => w.Code).Order());
        Assert.All(result.Warnings, w => Assert.Equal("input/files/notat.pdf(1,1)", w.Location!.ToString()));
        Assert.Contains(result.Warnings, w => w.Message.Contains("no document title"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("not tagged"));
    }

    [Fact]
    public void Build_TaggedPdfWithTitleAndLanguage_NoWarnings()
    {
        using var site = new TestSite(("input/pages/a.md", LinkingPage));
        site.WriteBytes("input/files/notat.pdf", TestPdf.Tagged());

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Run_StrictWithPdfWarnings_ErrorsExit1AndNoOutput()
    {
        using var site = new TestSite(("input/pages/a.md", LinkingPage));
        site.WriteBytes("input/files/notat.pdf", TestPdf.Make());
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = BuildCommand.Run(site.Options(), site.OutputDir, stdout, stderr, strict: true);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("input/files/notat.pdf(1,1): error SG1102:", stderr.ToString());
        Assert.Contains("input/files/notat.pdf(1,1): error SG1104:", stderr.ToString());
        Assert.DoesNotContain(": warning ", stderr.ToString());
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Run_WithoutStrict_SameSiteBuildsWithWarnings()
    {
        using var site = new TestSite(("input/pages/a.md", LinkingPage));
        site.WriteBytes("input/files/notat.pdf", TestPdf.Make());
        var stderr = new StringWriter();

        var exit = BuildCommand.Run(site.Options(), site.OutputDir, new StringWriter(), stderr);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("input/files/notat.pdf(1,1): warning SG1102:", stderr.ToString());
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "files", "notat.pdf")));
    }

    [Fact]
    public void Build_Sidecar_WinsOverThePdfsOwnTitleAndIsNotPublished()
    {
        using var site = new TestSite(
            ("input/pages/a.md", LinkingPage),
            ("input/files/notat.pdf.yml", "title: Notat om felles innkjøp\ndescription: Kort notat.\nlanguage: nb\ndate: 2022-11-15\n"));
        site.WriteBytes("input/files/notat.pdf", TestPdf.Make(title: "Microsoft Word - Dokument1"));

        var result = site.Build();

        result.AssertSucceeded();
        var document = Assert.Single(result.Model!.Documents.All);
        Assert.Equal("Notat om felles innkjøp", document.Title);
        Assert.Equal("Kort notat.", document.Description);
        Assert.Equal(new DateOnly(2022, 11, 15), document.Date);
        Assert.Null(result.File("files/notat.pdf.yml"));
        // The sidecar does not make the PDF itself accessible: it still has no language or tags.
        Assert.Equal(["SG1103", "SG1104"], result.Warnings.Select(w => w.Code).Order());
    }

    [Fact]
    public void Build_SidecarWithUnknownKeyOrBadDate_ReportedInTheSidecar()
    {
        using var site = new TestSite(
            ("input/pages/a.md", LinkingPage),
            ("input/files/notat.pdf.yml", "title: Notat\nforfatter: Kari\ndate: 15.11.2022\n"));
        site.WriteBytes("input/files/notat.pdf", TestPdf.Tagged());

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "SG1008" && d.Location!.ToString() == "input/files/notat.pdf.yml(2,1)");
        Assert.Contains(result.Errors, d => d.Code == "SG1002" && d.Location!.ToString() == "input/files/notat.pdf.yml(3,7)");
    }

    [Fact]
    public void Build_SidecarWithoutItsFile_Warning()
    {
        using var site = new TestSite(("input/files/borte.pdf.yml", "title: Borte\n"));

        var result = site.Build();

        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("SG1106", warning.Code);
        Assert.Equal("input/files/borte.pdf.yml(1,1)", warning.Location!.ToString());
        Assert.Null(result.File("files/borte.pdf.yml"));
    }

    [Fact]
    public void Build_DamagedPdf_WarningAndStillPublishedWithoutPageCount()
    {
        using var site = new TestSite(("input/pages/a.md", LinkingPage), ("input/files/notat.pdf", "dette er ikke en PDF"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal("SG1101", Assert.Single(result.Warnings).Code);
        Assert.Equal("notatet (PDF, 20 B)", result.Html("a/index.html").QuerySelector(".prose a")!.TextContent);
        Assert.NotNull(result.File("files/notat.pdf"));
    }
}
