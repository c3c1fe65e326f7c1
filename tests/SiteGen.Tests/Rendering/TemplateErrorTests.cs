using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class TemplateErrorTests
{
    [Fact]
    public void Build_SyntaxErrorInThemeTemplate_ReportsSG3002AtThemeFileAndLine()
    {
        // Arrange: line 3 of page.sbn gets an 'if' without a condition.
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om")));
        var theme = site.CopyTheme();
        var page = Path.Combine(theme, "templates", "page.sbn");
        var lines = File.ReadAllLines(page).ToList();
        lines[2] = "{{ if }}oops{{ end }}";
        File.WriteAllLines(page, lines);

        // Act
        var result = site.Build(theme: theme);

        // Assert
        var error = result.AssertError(DiagnosticCodes.TemplateSyntax, "theme/templates/page.sbn", 3);
        Assert.All(result.Errors, e => Assert.Equal("theme/templates/page.sbn", e.Location?.Path));
        Assert.NotEmpty(error.Message);
    }

    [Fact]
    public void Build_SyntaxErrorInPartial_NamesThePartial()
    {
        using var site = new TestSite();
        var theme = site.CopyTheme();
        File.AppendAllText(Path.Combine(theme, "templates", "partials", "footer.sbn"), "{{ for }}\n");

        var result = site.Build(theme: theme);

        // Reported once at the partial's own line, though every page includes the footer.
        result.AssertOnlyError(DiagnosticCodes.TemplateSyntax, "theme/templates/partials/footer.sbn", 9);
    }

    [Fact]
    public void Build_UnknownVariable_ReportsSG3003AtFileLineAndColumn()
    {
        using var site = new TestSite(
            ("input/_templates/page.sbn", "<h1>{{ item.title }}</h1>\n<p>{{ farge }}</p>\n"),
            ("input/pages/om.md", SiteFiles.Page("Om")));

        var result = site.Build();

        var error = result.AssertOnlyError(DiagnosticCodes.TemplateRuntime, "input/_templates/page.sbn", 2, 7);
        Assert.Contains("farge", error.Message);
    }

    /// <summary>Scriban's own objects outlive the page: set on one, a format showed on the pages drawn after it on the same thread.</summary>
    [Theory]
    [InlineData("{{ date.format = \"%Y\" }}")]
    [InlineData("{{ string.mine = page.title }}")]
    public void Build_TemplateSettingSomethingOnScribansObjects_IsAnErrorAtItsLine(string line)
    {
        using var site = new TestSite(
            ("input/_templates/page.sbn", "<h1>{{ item.title }}</h1>\n" + line + "\n"),
            ("input/pages/om.md", SiteFiles.Page("Om")));

        var result = site.Build();

        var error = result.AssertOnlyError(DiagnosticCodes.TemplateRuntime, "input/_templates/page.sbn", 2);
        Assert.Contains("Scribans egne objekter", error.Text.Nb, StringComparison.Ordinal);
        Assert.Contains("date.to_string", error.Text.Nb, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PartialSettingSomethingOnScribansObjects_IsAnErrorAtThePartialsLine()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om")));
        var theme = site.CopyTheme();
        File.WriteAllText(Path.Combine(theme, "templates", "partials", "format.sbn"), "<p>\n{{ date.format = \"%Y\" }}</p>\n");
        var page = Path.Combine(theme, "templates", "page.sbn");
        File.WriteAllText(page, "{{ include \"partials/format.sbn\" }}\n" + File.ReadAllText(page));

        var result = site.Build(theme: theme);

        result.AssertOnlyError(DiagnosticCodes.TemplateRuntime, "theme/templates/partials/format.sbn", 2);
    }

    /// <summary>array.cycle keeps its place in the context, which draws page after page on its thread: every page starts afresh.</summary>
    [Fact]
    public void Build_ArrayCycleInTheLayout_StartsAfreshOnEveryPage()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om")), ("input/pages/kontakt.md", SiteFiles.Page("Kontakt")),
            ("input/news/a.md", SiteFiles.News("A", "2024-01-02")), ("input/news/b.md", SiteFiles.News("B", "2024-01-03")));
        var theme = site.CopyTheme();
        var layout = Path.Combine(theme, "templates", "layout.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<i id=\"cycle\">{{ array.cycle [\"a\", \"b\"] }}</i></body>", StringComparison.Ordinal));

        var result = site.Build(theme: theme);

        result.AssertSucceeded();
        var cycles = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => result.Html(f.Path).GetElementById("cycle")?.TextContent).OfType<string>().ToList();
        Assert.True(cycles.Count >= 8, $"{cycles.Count} pages drawn with the layout");
        Assert.All(cycles, c => Assert.Equal("a", c));
    }

    [Fact]
    public void Build_UnknownVariableInLayout_IsReportedOnceForAllPages()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om")));
        var theme = site.CopyTheme();
        var layout = Path.Combine(theme, "templates", "layout.sbn");
        var line = File.ReadAllText(layout).Split('\n').Length;
        File.AppendAllText(layout, "{{ sidefot }}\n");

        var result = site.Build(theme: theme);

        result.AssertOnlyError(DiagnosticCodes.TemplateRuntime, "theme/templates/layout.sbn", line, 4);
    }

    [Fact]
    public void Build_UnknownMember_ReportsSG3003()
    {
        using var site = new TestSite(
            ("input/_templates/page.sbn", "<h1>{{ item.titel }}</h1>\n"),
            ("input/pages/om.md", SiteFiles.Page("Om")));

        var result = site.Build();

        result.AssertOnlyError(DiagnosticCodes.TemplateRuntime, "input/_templates/page.sbn", 1);
    }

    [Fact]
    public void Build_TemplateInFrontMatterMissing_ReportsSG3001AtThePageSayingWhereItLooked()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om", "template: finnes-ikke")));

        var result = site.Build();

        var error = result.AssertOnlyError(DiagnosticCodes.TemplateNotFound, "input/pages/om.md", 1, 1);
        Assert.Equal("template 'finnes-ikke.sbn' not found (searched input/_templates, theme/templates)", error.Message);
    }

    [Fact]
    public void Build_IncludeOfMissingPartial_ReportsError()
    {
        using var site = new TestSite(
            ("input/_templates/page.sbn", "<h1>{{ item.title }}</h1>\n{{ include \"partials/mangler.sbn\" }}\n"),
            ("input/pages/om.md", SiteFiles.Page("Om")));

        var result = site.Build();

        var error = result.AssertError(DiagnosticCodes.TemplateRuntime, "input/_templates/page.sbn", 2);
        Assert.Contains("partials/mangler.sbn", error.Message);
    }

    [Fact]
    public void Build_TemplateNameLeavingTemplateFolder_IsRefused()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om", "template: ../site.yml")));

        var result = site.Build();

        result.AssertOnlyError(DiagnosticCodes.InvalidSlug, "input/pages/om.md", 3, 11);
    }

    [Fact]
    public void Build_SiteTemplate_OverridesThemeTemplate()
    {
        using var site = new TestSite(
            ("input/_templates/404.sbn", "<h1 id=\"egen\">Egen 404</h1>"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal("Egen 404", result.Html("404.html").GetElementById("egen")!.TextContent);
    }
}
