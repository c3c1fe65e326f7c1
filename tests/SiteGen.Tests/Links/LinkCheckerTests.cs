using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Links;

/// <summary>Every kind of broken link in Markdown fails the build with an error at the Markdown file and line.</summary>
public sealed class LinkCheckerTests
{
    private const string Target = "---\ntitle: Mål\n---\n## Første del\n\nTekst.\n";

    private static TestSite Site(string body, params (string, string)[] more) =>
        new([("input/pages/a.md", "---\ntitle: A\n---\nInnledning.\n\n" + body + "\n"), ("input/pages/mal.md", Target), .. more]);

    [Theory]
    [InlineData("Se [siden](/finnes-ikke/).", "SG4101", 6, 4, "the link '/finnes-ikke/' leads nowhere: the site has no page /finnes-ikke/")]
    [InlineData("Se [delen](/mal/#andre-del).", "SG4102", 6, 4, "the link '/mal/#andre-del' points to '#andre-del', but the page /mal/ has no heading or element with that id")]
    [InlineData("Se [over](#mangler).", "SG4102", 6, 4, "the link '#mangler' points to '#mangler', but the page /a/ has no heading or element with that id")]
    [InlineData("Se [rapporten](/files/borte.pdf).", "SG4101", 6, 4, "the link '/files/borte.pdf' leads nowhere: there is no file /files/borte.pdf")]
    [InlineData("Se [rapporten](files/borte.pdf).", "SG4101", 6, 4, "the link 'files/borte.pdf' leads nowhere: there is no file /a/files/borte.pdf, and no file 'files/borte.pdf' is beside the Markdown file or in input/")]
    [InlineData("Kart: ![Kart](/files/kart.png)", "SG4103", 6, 7, "the image '/files/kart.png' is missing: there is no image /files/kart.png")]
    public void Build_BrokenLink_ErrorAtMarkdownFileAndLine(string body, string code, int line, int column, string message)
    {
        using var site = Site(body);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal($"input/pages/a.md({line},{column})", error.Location!.ToString());
        Assert.StartsWith(message, error.Message);
        Assert.Empty(result.Files);
    }

    /// <summary>
    /// Pages are judged on several threads, but suggestions go to the first broken addresses in page order (the order of their
    /// output paths), as many as <c>LinkJudge.MaxSuggestions</c>: the same ones in every build, whichever thread got there first.
    /// </summary>
    [Fact]
    public void Build_MoreBrokenAddressesThanSuggestions_SuggestsForTheFirstInPageOrder()
    {
        const int items = SiteGen.Links.LinkJudge.MaxSuggestions + 50;
        using var site = new TestSite([.. Enumerable.Range(0, items).Select(i => ($"input/news/sak-{i:000}.md",
            SiteFiles.News($"Sak {i}", new DateOnly(2022, 1, 1).AddDays(i).ToString("yyyy-MM-dd"), body: $"Se [den](/aktuelt/sak-{i:000}x/).")))]);

        var result = site.Build();

        Assert.Equal(items, result.Errors.Count());
        foreach (var error in result.Errors)
        {
            var i = int.Parse(Path.GetFileNameWithoutExtension(error.Location!.Path)[4..]);
            if (i < SiteGen.Links.LinkJudge.MaxSuggestions)
                Assert.EndsWith($"did you mean /aktuelt/sak-{i:000}/?", error.Message);
            else
                Assert.DoesNotContain("did you mean", error.Message);
        }
    }

    [Fact]
    public void Build_WorkingLinksAndAnchors_NoErrors()
    {
        using var site = Site("[Mål](/mal/), [første del](/mal/#forste-del), [uten skråstrek](/mal), [toppen](#toppen), [top](#top), [aktuelt](/aktuelt/), [e-post](mailto:post@example.no), [ekstern](https://example.org/side)");

        var result = site.Build();

        result.AssertSucceeded();
    }

    [Fact]
    public void Build_BrokenLinkInDeadlineDescription_ErrorAtDeadlinesFileLine()
    {
        using var site = new TestSite(
            ("input/data/deadlines.yml", "- id: svar\n  title: Svarfrist\n  date: 2022-12-02\n  description: |\n    Les mer.\n    Se [saken](/aktuelt/borte/).\n"));

        var result = site.Build();

        var error = Assert.Single(result.Errors);
        Assert.Equal("SG4101", error.Code);
        Assert.Equal("input/data/deadlines.yml", error.Location!.Path);
        Assert.Equal((6, 8), (error.Location.Line, error.Location.Column)); // "    Se [saken](…)": the link starts in column 8
    }

    [Fact]
    public void Build_SameBrokenLinkInTwoFiles_EachFileNamed()
    {
        using var site = new TestSite(
            ("input/pages/a.md", "---\ntitle: A\n---\n[x](/borte/)\n"),
            ("input/news/n.md", "---\ntitle: N\ndate: 2022-11-01\n---\nTekst.\n\n[x](/borte/)\n"));

        var result = site.Build();

        Assert.Equal(["input/news/n.md(7,1)", "input/pages/a.md(4,1)"], result.Errors.Select(e => e.Location!.ToString()).Order());
    }

    [Fact]
    public void Build_BrokenLinkInTemplate_OneErrorAtGeneratedPage()
    {
        using var site = new TestSite(
            ("input/pages/a.md", "---\ntitle: A\n---\nTekst.\n"),
            ("input/pages/b.md", "---\ntitle: B\n---\nTekst.\n"),
            ("input/_templates/page.sbn", "<article>\n<h1>{{ item.title }}</h1>\n<p><a href=\"{{ url \"/mangler/\" }}\">Mangler</a></p>\n{{ item.content }}\n</article>\n"));

        var result = site.Build();

        var error = Assert.Single(result.Errors);
        Assert.Equal("SG4101", error.Code);
        Assert.StartsWith("output/a/index.html(", error.Location!.ToString());
        Assert.Contains("'/mangler/'", error.Message);
        Assert.Contains("(on 2 pages)", error.Message);
    }

    [Fact]
    public void Build_MenuEntryToMissingPage_ErrorNamesSiteYml()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig + "\n  - title: Om oss\n    url: /om-oss/\n"));

        var result = site.Build();

        var error = Assert.Single(result.Errors);
        Assert.Equal("SG4101", error.Code);
        Assert.Equal("input/site.yml(18,10)", error.Location!.ToString());
        Assert.Contains("the menu entry 'Om oss' links to '/om-oss/'", error.Message);
    }

    [Fact]
    public void Build_HardCodedRootPathUnderSubPath_LeadsOutsideTheSite()
    {
        using var site = new TestSite(
            ("input/pages/a.md", "---\ntitle: A\n---\nTekst.\n"),
            ("input/_templates/page.sbn", "<h1>{{ item.title }}</h1>\n<img src=\"/css/logo.png\" alt=\"Logo\">\n{{ item.content }}\n"));

        var result = site.Build(baseUrl: "https://x.example/sub/");

        var error = Assert.Single(result.Errors);
        Assert.Equal("SG4101", error.Code);
        Assert.Contains("leads outside the site, which is published under /sub/", error.Message);
    }

    [Fact]
    public void Build_SiteUnderSubPath_MarkdownLinksCheckedUnderBasePath()
    {
        using var site = Site("[Mål](/mal/#forste-del) og [borte](/borte/)");

        var result = site.Build(baseUrl: "https://x.example/sub/");

        var error = Assert.Single(result.Errors);
        Assert.Equal("input/pages/a.md(6,28)", error.Location!.ToString());
        Assert.Contains("no page /borte/", error.Message);
    }

    [Fact]
    public void Build_LinkWithWrongCase_HintNamesTheRealFile()
    {
        using var site = Site("[Rapport](/files/Rapport.pdf)");
        site.WriteBytes("input/files/rapport.pdf", TestPdf.Tagged());

        var result = site.Build();

        var error = Assert.Single(result.Errors);
        Assert.Contains("there is /files/rapport.pdf", error.Message);
    }

    [Fact]
    public void Run_DeliberatelyBrokenLink_Exit1NamingMarkdownFileAndLine()
    {
        using var site = Site("Se [siden](/finnes-ikke/).");
        var stderr = new StringWriter();

        var exit = BuildCommand.Run(site.Options(), site.OutputDir, new StringWriter(), stderr, messages: MessageLanguage.En);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("input/pages/a.md(6,4): error SG4101: the link '/finnes-ikke/' leads nowhere", stderr.ToString());
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Build_BrokenLinkInADeadlineShownOnSeveralPages_IsOneErrorAtItsLine()
    {
        using var site = new TestSite(("input/data/deadlines.yml",
            "- id: frist\n  title: Frist\n  date: 2022-12-02\n  audience: [folkebibliotek]\n  description: Se [siden](om-prosjektet/).\n"));

        var result = site.Build();

        // Line 5, where "[siden](om-prosjektet/)" begins in "  description: Se [siden](om-prosjektet/)."
        var error = result.AssertOnlyError(DiagnosticCodes.DeadLink, "input/data/deadlines.yml", 5, 19);
        Assert.Contains("/om-prosjektet/", error.Message);
    }
}
