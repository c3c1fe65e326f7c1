using SiteGen.Tests.Support;

namespace SiteGen.Tests.Links;

/// <summary>Universal-design and privacy guards run over every finished page in every build.</summary>
public sealed class PageAuditTests
{
    private static SiteGen.BuildResult BuildPage(string body, string? config = null)
    {
        using var site = new TestSite(("input/pages/side.md", $"---\ntitle: Side\n---\n{body}\n"));
        if (config is not null)
            site.Write("input/site.yml", config);
        return site.Build();
    }

    [Fact]
    public void Build_SecondH1FromMarkdown_IsAnErrorNamingTheFile()
    {
        var result = BuildPage("# En ekstra hovedoverskrift\n\nTekst.");

        var error = Assert.Single(result.Errors);
        Assert.Equal("SG4202", error.Code);
        Assert.Equal("input/pages/side.md", error.Location!.Path);
        Assert.Contains("2 h1 headings", error.Message);
    }

    [Fact]
    public void Build_SkippedHeadingLevel_IsAWarning()
    {
        var result = BuildPage("## Del\n\n#### Underdel\n\nTekst.");

        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings, w => w.Code == "SG4202");
        Assert.Contains("\"Underdel\" is h4 right after an h2", warning.Message);
    }

    [Theory]
    [InlineData("[Les mer](/frister/)")]
    [InlineData("[klikk her](/frister/)")]
    [InlineData("Se [her](/frister/).")]
    [InlineData("<a href=\"/frister/\">\n  Les\u00A0\t mer …»\n</a>")]
    public void Build_VagueLinkText_IsFlagged(string markdown)
    {
        var result = BuildPage(markdown);

        result.AssertSucceeded();
        Assert.Contains(result.Warnings, w => w.Code == "SG4203" && w.Location!.Path == "input/pages/side.md");
    }

    [Fact]
    public void Build_DescriptiveLinkText_IsNotFlagged()
    {
        var result = BuildPage("[Les mer om fristene](/frister/) <a href=\"/frister/\">. Les\n mer om\u00A0fristene …</a>");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SG4203");
    }

    [Fact]
    public void Build_ImageFromAnotherHost_IsAPrivacyError()
    {
        var result = BuildPage("![Kart](https://cdn.example.com/kart.png)");

        var error = Assert.Single(result.Errors, e => e.Code == "SG4206");
        Assert.Contains("https://cdn.example.com", error.Message);
    }

    [Fact]
    public void Build_AllowedOrigin_MayBeLoaded()
    {
        var config = TestSite.MinimalConfig + "\nallowed_origins: [https://cdn.example.com]\n";

        var result = BuildPage("![Kart](https://cdn.example.com/kart.png)", config);

        result.AssertSucceeded();
    }

    [Fact]
    public void Build_LinkToAnotherHost_IsNotAResourceLoad()
    {
        var result = BuildPage("[Tilsynet for universell utforming](https://uustatus.no/)");

        result.AssertSucceeded();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SG4206");
    }

    [Fact]
    public void Build_ScriptFromAnotherHostInTheTheme_IsReportedOnceForAllPages()
    {
        using var site = new TestSite(("input/pages/side.md", "---\ntitle: Side\n---\nTekst.\n"));
        var theme = site.CopyTheme();
        var layout = Path.Combine(theme, "templates", "layout.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</head>", "<script src=\"https://tracker.example/t.js\"></script>\n</head>"));

        var result = site.Build(theme: theme);

        var error = Assert.Single(result.Errors);
        Assert.Equal("SG4206", error.Code);
        Assert.StartsWith("output/", error.Location!.Path);
        Assert.Contains("more page(s)", error.Message);
    }

    [Fact]
    public void Build_DuplicateIdsInRawHtml_IsAnError()
    {
        var result = BuildPage("<p id=\"boks\">En</p>\n\n<p id=\"boks\">To</p>");

        Assert.Contains(result.Errors, e => e.Code == "SG4204" && e.Message.Contains("'boks'"));
    }

    [Fact]
    public void Build_TableWithoutHeaderCells_IsAWarning()
    {
        var result = BuildPage("<table><tr><td>a</td><td>b</td></tr></table>");

        Assert.Contains(result.Warnings, w => w.Code == "SG4205");
    }

    [Fact]
    public void Build_NoAccessibilityStatementConfigured_Warns()
    {
        var config = TestSite.MinimalConfig.Replace("accessibility_statement: https://tilsyn.example/erklaering", "");

        var result = BuildPage("Tekst.", config);

        Assert.Contains(result.Warnings, w => w.Code == "SG4207");
    }

    [Fact]
    public void Build_EveryPage_LinksTheAccessibilityStatementInItsFooter()
    {
        var result = BuildPage("Tekst.");

        result.AssertSucceeded();
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !SiteGen.Cms.AdminSite.IsAdminPath(f.Path)))
        {
            var hrefs = result.Html(file.Path).QuerySelectorAll("footer a").Select(a => a.GetAttribute("href"));
            Assert.Contains("https://tilsyn.example/erklaering", hrefs);
        }
    }

    [Fact]
    public void Build_FooterWithoutStatementLink_IsAnError()
    {
        using var site = new TestSite(("input/pages/side.md", "---\ntitle: Side\n---\nTekst.\n"));
        var theme = site.CopyTheme();
        File.WriteAllText(Path.Combine(theme, "templates", "partials", "footer.sbn"), "<footer><p>Bunntekst</p></footer>\n");

        var result = site.Build(theme: theme);

        Assert.Contains(result.Errors, e => e.Code == "SG4207");
    }
}
