using SiteGen.Tests.Support;

namespace SiteGen.Tests.Documents;

/// <summary>The Dokumenter page (/dokumenter/) lists every downloadable file with its facts and who links to it.</summary>
public sealed class DocumentsPageTests
{
    [Fact]
    public void Build_Files_ListedWithTitleTypeSizePagesDateAndReferrers()
    {
        using var site = new TestSite(
            ("input/pages/sjekkliste.md", "---\ntitle: Sjekkliste\n---\nSe [presentasjonen](files/presentasjon.pdf) og [skjemaet](files/skjema.docx).\n"),
            ("input/news/sak.md", "---\ntitle: Ny presentasjon\ndate: 2022-11-01\n---\nHer er [presentasjonen](/files/presentasjon.pdf).\n"),
            ("input/files/presentasjon.pdf.yml", "title: Presentasjon for ledere\ndate: 2022-11-15\n"));
        site.WriteBytes("input/files/presentasjon.pdf", TestPdf.Tagged());
        site.WriteBytes("input/files/skjema.docx", TestPdf.OfLength(30_000));

        var result = site.Build();

        result.AssertSucceeded();
        var page = result.Html("dokumenter/index.html");
        Assert.Equal("Dokumenter", page.QuerySelector("h1")!.TextContent);
        var items = page.QuerySelectorAll(".document");
        Assert.Equal(2, items.Length);
        var pdf = items[0];
        var link = pdf.QuerySelector("h2 a")!;
        Assert.Equal("/files/presentasjon.pdf", link.GetAttribute("href"));
        Assert.StartsWith("Presentasjon for ledere (PDF, 2 sider, ", link.TextContent);
        var facts = Facts(pdf);
        Assert.Equal("PDF", facts["Type"]);
        Assert.Matches(@"^\d+ kB$", facts["Størrelse"]);
        Assert.Equal("2", facts["Sider"]);
        Assert.Equal("15. november 2022", facts["Dato"]);
        Assert.Equal(["/aktuelt/sak/", "/sjekkliste/"], pdf.QuerySelectorAll(".document-links a").Select(a => a.GetAttribute("href")));
        var docx = items[1];
        Assert.Equal("skjema.docx (DOCX, 30 kB)", docx.QuerySelector("h2 a")!.TextContent); // no title: the file name
        Assert.False(Facts(docx).ContainsKey("Sider"));
    }

    [Fact]
    public void Build_FileNobodyLinksTo_ListedAndWarned()
    {
        using var site = new TestSite(("input/pages/a.md", "---\ntitle: A\n---\nIngen lenker.\n"));
        site.WriteBytes("input/files/glemt.zip", TestPdf.OfLength(1234));

        var result = site.Build();

        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("SG2101", warning.Code);
        Assert.Equal("input/files/glemt.zip(1,1)", warning.Location!.ToString());
        Assert.Contains("glemt.zip", warning.Message);
        var item = Assert.Single(result.Html("dokumenter/index.html").QuerySelectorAll(".document"));
        Assert.Equal("glemt.zip (ZIP, 1 kB)", item.QuerySelector("h2 a")!.TextContent);
        Assert.Contains("Ingen sider lenker til dette dokumentet.", item.TextContent);
    }

    [Fact]
    public void Build_ImageShownInAPage_NotListedAsDownload()
    {
        using var site = new TestSite(("input/pages/a.md", "---\ntitle: A\n---\n![Kart](files/kart.png)\n"));
        site.WriteBytes("input/files/kart.png", [1, 2, 3]);

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Empty(result.Warnings);
        Assert.Empty(result.Html("dokumenter/index.html").QuerySelectorAll(".document"));
    }

    [Fact]
    public void Build_NoFiles_PageSaysSo()
    {
        using var site = new TestSite();

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Contains("Det er ingen dokumenter på nettstedet ennå.", result.Html("dokumenter/index.html").Body!.TextContent);
    }

    private static Dictionary<string, string> Facts(AngleSharp.Dom.IElement item) =>
        item.QuerySelectorAll(".document-facts > dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());

    [Fact]
    public void Build_LinkedFrom_IncludesTheHomePageShowingAFeaturedPage_AndTheDeadlineListingANewsItemsFile()
    {
        using var site = new TestSite(
            ("input/pages/index.md", "---\ntitle: Velkommen\n---\nHei.\n"),
            ("input/pages/ledere.md", "---\ntitle: For ledere\nhome: true\n---\nSe [presentasjonen](files/presentasjon.pdf).\n"),
            ("input/data/deadlines.yml", "- id: svar\n  title: Svarfrist\n  date: 2022-12-02\n"),
            ("input/news/sak.md", "---\ntitle: Skjema\ndate: 2022-11-01\ndeadlines: [svar]\n---\nFyll ut [skjemaet](/files/skjema.pdf).\n"));
        site.WriteBytes("input/files/presentasjon.pdf", TestPdf.Tagged());
        site.WriteBytes("input/files/skjema.pdf", TestPdf.Tagged());

        var result = site.Build();

        result.AssertSucceeded();
        Assert.NotNull(result.Html("index.html").QuerySelector("main a[href='/files/presentasjon.pdf']"));
        Assert.NotNull(result.Html("frister/index.html").QuerySelector("main a[href='/files/skjema.pdf']"));
        var referrers = result.Html("dokumenter/index.html").QuerySelectorAll(".document").ToDictionary(
            d => d.QuerySelector("h2 a")!.GetAttribute("href")!,
            d => d.QuerySelectorAll(".document-links a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList());
        Assert.Equal([("/", "Velkommen"), ("/ledere/", "For ledere")], referrers["/files/presentasjon.pdf"]);
        Assert.Equal([("/aktuelt/sak/", "Skjema"), ("/frister/#svar", "Svarfrist")], referrers["/files/skjema.pdf"]);
    }
}
