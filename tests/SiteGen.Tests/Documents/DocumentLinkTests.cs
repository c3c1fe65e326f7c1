using SiteGen.Tests.Support;

namespace SiteGen.Tests.Documents;

/// <summary>Links to published files in Markdown: resolved from any page, labelled inside the link, with type hints.</summary>
public sealed class DocumentLinkTests
{
    [Fact]
    public void Build_FileLinkedByRelativeAndAbsolutePaths_AllLeadToTheFileWithLabel()
    {
        using var site = new TestSite(
            ("input/pages/sjekkliste.md", "---\ntitle: Sjekkliste\n---\n[a](files/rapport.pdf), [b](/files/rapport.pdf), [c](../files/rapport.pdf), [d](<../files/rapport.pdf#page=2>)\n"),
            ("input/news/sak.md", "---\ntitle: Sak\ndate: 2022-11-01\n---\nLes [rapporten](../files/rapport.pdf).\n"));
        site.WriteBytes("input/files/rapport.pdf", TestPdf.Make(pages: 3, title: "Rapport"));

        var result = site.Build();

        result.AssertSucceeded();
        var links = result.Html("sjekkliste/index.html").QuerySelectorAll(".prose a");
        Assert.Equal(["/files/rapport.pdf", "/files/rapport.pdf", "/files/rapport.pdf", "/files/rapport.pdf#page=2"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Matches(@"^[abcd] \(PDF, 3 sider, \d+ kB\)$", a.TextContent));
        Assert.All(links, a => Assert.Equal("application/pdf", a.GetAttribute("type")));
        Assert.All(links, a => Assert.False(a.HasAttribute("download"))); // browsers show PDFs themselves
        var news = Assert.Single(result.Html("aktuelt/sak/index.html").QuerySelectorAll(".prose a"));
        Assert.Equal("/files/rapport.pdf", news.GetAttribute("href"));
    }

    [Fact]
    public void Build_SiteUnderSubPath_FileLinksUnderBasePath()
    {
        using var site = new TestSite(
            ("input/pages/a.md", "---\ntitle: A\n---\n[relativ](files/notat.docx) og [absolutt](/files/notat.docx) og [side](/a/)\n"));
        site.WriteBytes("input/files/notat.docx", TestPdf.OfLength(30_000));

        var result = site.Build(baseUrl: "https://x.example/sub/");

        result.AssertSucceeded();
        var links = result.Html("a/index.html").QuerySelectorAll(".prose a");
        Assert.Equal(["/sub/files/notat.docx", "/sub/files/notat.docx", "/sub/a/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("relativ (DOCX, 30 kB)", links[0].TextContent);
        Assert.True(links[0].HasAttribute("download")); // browsers cannot show Word files
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", links[0].GetAttribute("type"));
        Assert.NotNull(result.File("files/notat.docx"));
    }

    [Theory]
    [InlineData(999_499, "(XLSX, 999 kB)")]
    [InlineData(999_500, "(XLSX, 1 MB)")]
    public void Build_SizeAtThreshold_LabelByteExact(int bytes, string label)
    {
        using var site = new TestSite(("input/pages/a.md", "---\ntitle: A\n---\nSe [tallene](files/tall.xlsx).\n"));
        site.WriteBytes("input/files/tall.xlsx", TestPdf.OfLength(bytes));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal($"tallene {label}", result.Html("a/index.html").QuerySelector(".prose a")!.TextContent);
    }

    [Fact]
    public void Build_FileBesidePage_PublishedAndLinkedFromItsFolder()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\n---\n![Kart over Troms og Finnmark](kart.png)\n\n[Skjema](skjema.odt)\n"));
        site.WriteBytes("input/pages/kart.png", [0x89, 0x50, 0x4E, 0x47]);
        site.WriteBytes("input/pages/skjema.odt", TestPdf.OfLength(2000));

        var result = site.Build();

        result.AssertSucceeded();
        var page = result.Html("om/index.html");
        Assert.Equal("/kart.png", page.QuerySelector(".prose img")!.GetAttribute("src"));
        Assert.Equal("Skjema (ODT, 2 kB)", page.QuerySelector(".prose a")!.TextContent);
        Assert.NotNull(result.File("kart.png"));
        Assert.NotNull(result.File("skjema.odt"));
    }

    [Fact]
    public void Build_LinkInDeadlineDescription_LabelledAndListedAsReference()
    {
        using var site = new TestSite(
            ("input/data/deadlines.yml", "- id: svar\n  title: Svarfrist\n  date: 2022-12-02\n  description: |\n    Bruk [skjemaet](files/skjema.pdf).\n"));
        site.WriteBytes("input/files/skjema.pdf", TestPdf.Tagged());

        var result = site.Build();

        result.AssertSucceeded();
        var link = result.Html("frister/index.html").QuerySelector("#svar a[type]")!;
        Assert.StartsWith("skjemaet (PDF, 2 sider, ", link.TextContent);
        var referrer = result.Html("dokumenter/index.html").QuerySelector(".document-links a")!;
        Assert.Equal("/frister/#svar", referrer.GetAttribute("href"));
        Assert.Equal("Svarfrist", referrer.TextContent);
    }

    [Theory]
    [InlineData("Her er en [presentasjon](files/p.pdf) (PDF, 447 kB) du kan bruke.")]
    [InlineData("Her er en [presentasjon (pdf, 447 kB)](files/p.pdf) du kan bruke.")]
    public void Build_LabelWrittenByHand_Warning(string body)
    {
        using var site = new TestSite(("input/pages/a.md", "---\ntitle: A\n---\n" + body + "\n"));
        site.WriteBytes("input/files/p.pdf", TestPdf.Tagged());

        var result = site.Build();

        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("SG1107", warning.Code);
        Assert.Equal("input/pages/a.md(4,11)", warning.Location!.ToString());
    }

    [Fact]
    public void Build_ImageWithoutAltText_WarningWithFileAndLine()
    {
        using var site = new TestSite(("input/pages/a.md", "---\ntitle: A\n---\nTekst.\n\nHer er kartet: ![](/files/kart.png)\n"));
        site.WriteBytes("input/files/kart.png", [1, 2, 3]);

        var result = site.Build();

        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("SG1105", warning.Code);
        Assert.Equal("input/pages/a.md(6,16)", warning.Location!.ToString());
        Assert.Contains("/files/kart.png", warning.Message);
    }
}
