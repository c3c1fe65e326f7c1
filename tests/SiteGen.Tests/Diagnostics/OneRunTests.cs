using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// One build reports every independent problem of the content, and nothing that only follows from
/// another: a file that cannot be read costs its own error and one note, not errors in every file
/// that refers to it. The silent mistakes (comment-only front matter, misspelled keys, placeholders)
/// each give a message.
/// </summary>
public sealed class OneRunTests
{
    private static (string Path, int Line, string Code, Severity Severity)[] Positions(SiteGen.BuildResult result) =>
        [.. result.Diagnostics.Select(d => (d.Location?.Path ?? "", d.Location?.Line ?? 0, d.Code, d.Severity))];

    [Fact]
    public void Build_OneRunFixture_ReportsEveryProblemAtItsLineWithoutCascades()
    {
        var root = RepoPaths.Fixture("errors", "one-run");

        var result = SiteBuilder.Build(new BuildOptions(Path.Combine(root, "input"), RepoPaths.Theme, TestSite.DefaultNow, DisplayRoot: root, UseGitHistory: false));

        const Severity E = Severity.Error, W = Severity.Warning;
        Assert.Equal(
        [
            ("input/data/deadlines.yml", 8, "SG1002", E),   // bad date in a record …
            ("input/data/deadlines.yml", 9, "SG1008", E),   // … and an audience typo in the same record, same run
            ("input/data/deadlines.yml", 11, "SG1023", W),  // the unreadable record: its reference from news is not checked, said once
            ("input/data/deadlines.yml", 12, "SG1001", E),  // missing closing quote costs that record only
            ("input/data/deadlines.yml", 18, "SG1008", W),  // beskrivelse → description?
            ("input/data/deadlines.yml", 19, "SG1022", W),  // placeholder description
            ("input/data/deadlines.yml", 22, "SG1023", W),
            ("input/data/deadlines.yml", 24, "SG1001", E),  // a tab in one record
            ("input/news/fem-feil.md", 3, "SG1002", E),     // five problems of one news item, one run:
            ("input/news/fem-feil.md", 4, "SG1021", W),     //   sumary → summary?
            ("input/news/fem-feil.md", 5, "SG2002", E),     //   a one-letter id typo, with a suggestion
            ("input/news/fem-feil.md", 7, "SG1022", W),     //   the placeholder text
            ("input/news/fem-feil.md", 11, "SG4202", W),    //   a skipped heading level, at its Markdown line
            ("input/news/fem-feil.md", 13, "SG4101", E),    //   a broken internal link, with the nearest address
            ("input/news/fem-feil.md", 13, "SG4101", E),    //   www.tffk.no without https://
            ("input/news/fem-feil.md", 15, "SG4203", W),    //   "klikk her", at its Markdown line
            ("input/news/kommentarer.md", 2, "SG1003", E),  // front matter of comments only
            ("input/news/planlagt.md", 4, "SG1021", W),     // publish_date → publishDate?
            ("input/news/planlagt.md", 5, "SG1021", W),     // kladd → draft?
            ("input/news/uleselig.md", 1, "SG1023", W),     // the link to it from om-prosjektet is not reported, said once
            ("input/news/uleselig.md", 5, "SG1001", E),
            ("input/pages/om-prosjektet.md", 6, "SG4202", E),  // the second '#' heading, at its line
            ("input/site.yml", 4, "SG1021", W),             // time-zone → time_zone?
        ], Positions(result));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Build_OneRunFixture_HintsNameTheFix()
    {
        var root = RepoPaths.Fixture("errors", "one-run");

        var result = SiteBuilder.Build(new BuildOptions(Path.Combine(root, "input"), RepoPaths.Theme, TestSite.DefaultNow, DisplayRoot: root, UseGitHistory: false));

        string Nb(int line, string code) => result.Diagnostics.Where(d => d.Location?.Path == "input/news/fem-feil.md" && d.Location.Line == line && d.Code == code)
            .Select(d => d.MessageNb).Aggregate((a, b) => a + "\n" + b);
        Assert.Contains("mente du «kartlegging-folkebibliotek»?", Nb(5, "SG2002"));
        Assert.Contains("mente du /om-prosjektet/?", Nb(13, "SG4101"));
        Assert.Contains("skriv https:// foran, som https://www.tffk.no", Nb(13, "SG4101"));
        Assert.DoesNotContain("input/files/", Nb(13, "SG4101"));
        var quote = result.Diagnostics.Single(d => d.Location is { Path: "input/data/deadlines.yml", Line: 12 });
        Assert.Contains("anførselstegn er åpnet her, men ikke lukket", quote.MessageNb);
        Assert.Contains("closing quote", quote.Message);
    }

    [Theory]
    [InlineData("  title: \"Andre\n  date: 2022-12-03\n", 6)]   // a missing closing quote
    [InlineData("  title: Andre\n\tdate: 2022-12-03\n", 7)]      // a tab
    public void Build_OneBrokenDeadlineRecord_CostsOnlyItself(string brokenLines, int brokenLine)
    {
        using var site = new TestSite(
            ("input/data/deadlines.yml", "- id: forste\n  title: Første\n  date: 2022-12-02\n\n- id: andre\n" + brokenLines
                + "\n- id: tredje\n  title: Tredje\n  date: 2022-12-04\n  audience: [folkebibliotk]\n"),
            ("input/news/a.md", SiteFiles.News("A", "2022-11-01", "deadlines: [forste, andre]")),
            ("input/news/b.md", SiteFiles.News("B", "2022-11-01", "deadlines: [andre, tredje]", body: "Se [fristen](/frister/#andre).")),
            ("input/news/c.md", SiteFiles.News("C", "2022-11-01", "deadlines: [forst]")));

        var result = site.Build();

        Assert.Equal(
        [
            ("input/data/deadlines.yml", 5, "SG1023", Severity.Warning),   // the references to "andre" are not checked, said once
            ("input/data/deadlines.yml", brokenLine, "SG1001", Severity.Error),
            ("input/data/deadlines.yml", 12, "SG1008", Severity.Error),     // the record after the broken one is still read and checked
            ("input/news/c.md", 4, "SG2002", Severity.Error),               // and a real typo elsewhere is still found
        ], Positions(result));
        Assert.Contains("lenker og henvisninger", result.Diagnostics[0].MessageNb);
        Assert.Contains("mente du «forste»?", result.Diagnostics[3].MessageNb);
    }

    [Fact]
    public void Build_DeadlineWithBadDate_StillRegistersItsIdAndChecksItsAudience()
    {
        using var site = new TestSite(
            ("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2.12.2022\n  audience: [folkebibliotk]\n  link: /finnes-ikke/\n"),
            ("input/news/a.md", SiteFiles.News("A", "2022-11-01", "deadlines: [frist]")));

        var result = site.Build();

        Assert.Equal(
        [
            ("input/data/deadlines.yml", 3, "SG1002", Severity.Error),
            ("input/data/deadlines.yml", 4, "SG1008", Severity.Error),
            ("input/data/deadlines.yml", 5, "SG2004", Severity.Error),
        ], Positions(result));
    }

    [Fact]
    public void Build_BrokenSiteYml_ReportsOnlyTheSyntaxError()
    {
        using var site = new TestSite(("input/site.yml", "title: \"Testsiden\nbase_url: https://test.example/\n"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
    }

    [Fact]
    public void Build_BrokenSiteYml_ContentErrorsComeInTheSameRun()
    {
        using var site = new TestSite(
            ("input/site.yml", "title: Testsiden\nbase_url: https://test.example/\naudiences:\n\tfolkebibliotek: Folkebibliotek\n"),
            ("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2022-12-02\n  audience: [folkebibliotek]\n"),
            ("input/news/a.md", SiteFiles.News("A", "2.12.2022", "deadlines: [frist, frsit]")));

        var result = site.Build();

        Assert.Equal(
        [
            ("input/news/a.md", 3, "SG1002", Severity.Error),
            ("input/news/a.md", 4, "SG2002", Severity.Error),
            ("input/site.yml", 4, "SG1001", Severity.Error),   // and no "site.yml must be key: value lines", nor audiences it could not read
        ], Positions(result));
    }

    [Fact]
    public void Build_DeadlineLinkWithATypo_SuggestsTheAddress()
    {
        using var site = new TestSite(
            ("input/pages/om-prosjektet.md", SiteFiles.Page("Om prosjektet")),
            ("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2022-12-02\n  link: /om-prosjekte/\n"));

        var result = site.Build();

        var error = result.AssertOnlyError(DiagnosticCodes.BrokenLink, "input/data/deadlines.yml", 4);
        Assert.EndsWith("mente du /om-prosjektet/?", error.MessageNb);
    }

    [Fact]
    public void Build_AnchorWithATypo_SuggestsTheId()
    {
        using var site = new TestSite(
            ("input/data/deadlines.yml", "- id: kartlegging\n  title: Frist\n  date: 2022-12-02\n- id: annen\n  title: Annen\n  date: 2022-12-03\n  link: /frister/#kartleging\n"),
            ("input/pages/om.md", SiteFiles.Page("Om", body: "Se [fristen](/frister/#kartleging).")));

        var result = site.Build();

        Assert.EndsWith("mente du /frister/#kartlegging?", result.AssertError(DiagnosticCodes.BrokenLink, "input/data/deadlines.yml", 7).MessageNb);
        Assert.EndsWith("mente du #kartlegging?", result.AssertError(DiagnosticCodes.DeadAnchor, "input/pages/om.md", 4).MessageNb);
    }

    [Theory]
    [InlineData("input/news/uten-tittel.md", "---\n# title: Sak\n# date: 2022-11-01\n---\nTekst.\n")]
    [InlineData("input/pages/uten-tittel.md", "---\n# title: Side\n# summary: Én setning.\n---\nTekst.\n")]
    public void Build_FrontMatterOfOnlyComments_IsAnErrorNotASilent404(string path, string content)
    {
        using var site = new TestSite((path, content));

        var result = site.Build();

        var error = result.AssertOnlyError(DiagnosticCodes.MissingKey, path, 2, 1);
        Assert.Contains("bare kommentarer", error.MessageNb);
    }

    [Theory]
    [InlineData("publishdate: 2022-12-01", "publishDate")]
    [InlineData("publish_date: 2022-12-01", "publishDate")]
    [InlineData("sumary: Én setning.", "summary")]
    [InlineData("kladd: true", "draft")]
    [InlineData("tittel: Sak", "title")]
    [InlineData("expirydate: 2023-01-01", "expiryDate")]
    public void Build_MisspelledFrontMatterKey_WarnsWithTheKeyMeant(string line, string meant)
    {
        using var site = new TestSite(("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01", line)));

        var result = site.Build();

        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((DiagnosticCodes.MisspelledKey, "input/news/sak.md", 4), (warning.Code, warning.Location!.Path, warning.Location.Line));
        Assert.EndsWith($"mente du «{meant}»?", warning.MessageNb);
        Assert.EndsWith($"did you mean '{meant}'?", warning.Message);
    }

    [Theory]
    [InlineData("bilde: /files/kart.png")]   // the editor's own key, for a template
    [InlineData("ansvarlig: Kari")]
    [InlineData("layout: bred")]
    public void Build_OwnFrontMatterKey_IsKeptWithoutWarning(string line)
    {
        using var site = new TestSite(("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01", line)));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Build_MisspelledSiteYmlKey_Warns()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig + "\nnews_per_pag: 5\n"));

        var result = site.Build();

        var warning = Assert.Single(result.Warnings);
        Assert.Equal((DiagnosticCodes.MisspelledKey, "input/site.yml"), (warning.Code, warning.Location!.Path));
        Assert.EndsWith("mente du «news_per_page»?", warning.MessageNb);
    }

    [Fact]
    public void Run_StrictWithAMisspelledKey_Fails()
    {
        using var site = new TestSite(("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01", "publish_date: 2022-12-01")));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = BuildCommand.Run(site.Options(), site.OutputDir, stdout, stderr, strict: true);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("input/news/sak.md(4,1): error SG1021:", stderr.ToString() + stdout.ToString());
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Check_StrictWithAPlaceholder_ExitsOneWithoutStrictZero()
    {
        using var site = new TestSite(("input/news/sak.md", SiteFiles.News("Sak", "2022-11-01", body: "Skriv saken her. En tom linje gir nytt avsnitt.")));

        var strict = new StringWriter();
        var strictExit = CheckCommand.Run(site.Options(), strict, new StringWriter(), strict: true);
        var plain = new StringWriter();
        var plainExit = CheckCommand.Run(site.Options(), plain, new StringWriter());

        Assert.Equal((ExitCodes.ContentErrors, ExitCodes.Success), (strictExit, plainExit));
        Assert.Contains("input/news/sak.md(5,1): error SG1022:", strict.ToString());
        Assert.Contains("input/news/sak.md(5,1): warning SG1022:", plain.ToString());
    }

    [Fact]
    public void Build_PageAuditOnAPage_PointsAtTheMarkdownLines()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om", body: "Tekst.\n\n### For dypt\n\nLes [her](/).\n\n# Enda en tittel\n")));

        var result = site.Build();

        Assert.Equal(
        [
            ("input/pages/om.md", 6, "SG4202", Severity.Warning),
            ("input/pages/om.md", 8, "SG4203", Severity.Warning),
            ("input/pages/om.md", 10, "SG4202", Severity.Error),
        ], Positions(result));
    }

    [Theory]
    [InlineData("om-prosjektet", "om-prosjektet", null)]
    [InlineData("publishdate", "publishDate", "publishDate")]
    [InlineData("frsit", "frist", "frist")]                 // two letters swapped: one edit
    [InlineData("fris", "frist", "frist")]
    [InlineData("bilde", "title", null)]
    [InlineData("/om-prosjekte/", "/om-prosjektet/", "/om-prosjektet/")]
    public void Closest_FindsTyposOnly(string word, string candidate, string? expected)
    {
        Assert.Equal(expected, Suggestions.Closest(word, [candidate, "noe-helt-annet"]));
    }
}
