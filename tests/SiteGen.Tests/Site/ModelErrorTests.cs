using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Mistakes only visible across files: duplicates, references, audiences, links.</summary>
public sealed class ModelErrorTests
{
    private const string DeadlinesFile = "input/data/deadlines.yml";

    private static BuildResult Build(params (string Path, string Content)[] files)
    {
        using var site = new TestSite(files);
        return site.Build();
    }

    [Fact]
    public void Build_TwoNewsWithSameSlug_ReportsSG2005NamingTheOther()
    {
        var result = Build(
            ("input/news/2022-10-01-mote.md", SiteFiles.News("A", "2022-10-01")),
            ("input/news/mote.md", SiteFiles.News("B", "2022-10-02")));

        // Reported at the older item (the list is newest first), naming the newer one.
        var error = result.AssertOnlyError(DiagnosticCodes.DuplicateSlug, "input/news/2022-10-01-mote.md", 1, 1);
        Assert.Contains("'mote'", error.Message);
        Assert.Contains("input/news/mote.md", error.Message);
    }

    [Fact]
    public void Build_SlugOverrideClashesWithFileName_ReportsSG2005()
    {
        var result = Build(
            ("input/news/a.md", SiteFiles.News("A", "2022-10-01", "slug: b")),
            ("input/news/b.md", SiteFiles.News("B", "2022-10-02")));

        // At the 'slug:' line, where the clash was written.
        var error = result.AssertOnlyError(DiagnosticCodes.DuplicateSlug, "input/news/a.md", 4, 7);
        Assert.Contains("input/news/b.md", error.Message);
    }

    [Fact]
    public void Build_PageSlugUsedBySite_ReportsSG2005()
    {
        var result = Build(("input/pages/aktuelt.md", SiteFiles.Page("Aktuelt")));

        result.AssertOnlyError(DiagnosticCodes.DuplicateSlug, "input/pages/aktuelt.md", 1);
    }

    [Fact]
    public void Build_UnknownDeadlineInNews_ReportsSG2002AtTheId()
    {
        var result = Build(
            ("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2022-12-02\n"),
            ("input/news/sak.md", SiteFiles.News("A", "2022-10-01", "deadlines:\n  - frist\n  - fristt")));

        var error = result.AssertOnlyError(DiagnosticCodes.UnknownDeadline, "input/news/sak.md", 6, 5);
        Assert.Contains("'fristt'", error.Message);
    }

    [Fact]
    public void Build_DuplicateDeadlineIds_ReportsSG2001AtSecondNamingFirst()
    {
        var result = Build(("input/data/deadlines.yml",
            "- id: frist\n  title: A\n  date: 2022-12-02\n- id: frist\n  title: B\n  date: 2022-12-03\n"));

        var error = result.AssertOnlyError(DiagnosticCodes.DuplicateId, DeadlinesFile, 4, 3);
        Assert.Contains($"{DeadlinesFile}(1,3)", error.Message);
    }

    [Fact]
    public void Build_DeadlineIdsDifferingOnlyInCase_AreAnError()
    {
        // Ids are lower-case only, so the upper-case one is refused with the id it should have been.
        var result = Build(("input/data/deadlines.yml",
            "- id: frist\n  title: A\n  date: 2022-12-02\n- id: Frist\n  title: B\n  date: 2022-12-03\n"));

        var error = result.AssertOnlyError(DiagnosticCodes.InvalidSlug, DeadlinesFile, 4, 7);
        Assert.Contains("'frist'", error.Message);
    }

    [Fact]
    public void Build_DeadlineInNewsWithIdOfFileDeadline_ReportsSG2001()
    {
        var result = Build(
            ("input/data/deadlines.yml", "- id: frist\n  title: A\n  date: 2022-12-02\n"),
            ("input/news/sak.md", SiteFiles.News("A", "2022-10-01", "deadlines:\n  - id: frist\n    title: B\n    date: 2022-12-03")));

        result.AssertOnlyError(DiagnosticCodes.DuplicateId, "input/news/sak.md", 5, 5);
    }

    [Fact]
    public void Build_UnknownAudience_ReportsSG1008AtTheValueListingKnownOnes()
    {
        var result = Build(("input/data/deadlines.yml",
            "- id: frist\n  title: A\n  date: 2022-12-02\n  audience: [folkebibliotek, skolebiblotek]\n"));

        var error = result.AssertOnlyError(DiagnosticCodes.UnknownValue, DeadlinesFile, 4, 30);
        Assert.Contains("'skolebiblotek'", error.Message);
        Assert.Contains("folkebibliotek, skolebibliotek", error.Message);
    }

    [Fact]
    public void Build_DeadlineEndBeforeStart_ReportsSG2003AtEnd()
    {
        var result = Build(("input/data/deadlines.yml",
            "- id: frist\n  title: A\n  date: 2023-08\n  end: 2023-06\n"));

        var error = result.AssertOnlyError(DiagnosticCodes.EndBeforeStart, DeadlinesFile, 4, 8);
        Assert.Equal("'end' (2023-06-01) is before 'date' (2023-08-01)", error.Message);
    }

    [Fact]
    public void Build_DeadlineLinkToMissingPage_ReportsSG2004AtLink()
    {
        var result = Build(
            ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/data/deadlines.yml", "- id: a\n  title: A\n  date: 2022-12-02\n  link: /om/\n- id: b\n  title: B\n  date: 2022-12-03\n  link: /finnes-ikke/\n"));

        var error = result.AssertOnlyError(DiagnosticCodes.BrokenLink, DeadlinesFile, 8, 9);
        Assert.Contains("/finnes-ikke/", error.Message);
    }

    [Fact]
    public void Build_DeadlineLinkToDraftNews_ReportsSG2004()
    {
        var result = Build(
            ("input/news/utkast.md", SiteFiles.News("Utkast", "2022-10-01", "draft: true")),
            ("input/data/deadlines.yml", "- id: a\n  title: A\n  date: 2022-12-02\n  link: /aktuelt/utkast/\n"));

        result.AssertOnlyError(DiagnosticCodes.BrokenLink, DeadlinesFile, 4, 9);
    }

    [Fact]
    public void Build_DeadlineLinkToUnknownDeadlineAnchor_ReportsSG2004()
    {
        var result = Build(("input/data/deadlines.yml", "- id: a\n  title: A\n  date: 2022-12-02\n  link: /frister/#b\n"));

        result.AssertOnlyError(DiagnosticCodes.BrokenLink, DeadlinesFile, 4, 9);
    }

    [Fact]
    public void Build_DeadlineLinkNotSitePathOrHttps_ReportsSG1009()
    {
        var result = Build(("input/data/deadlines.yml", "- id: a\n  title: A\n  date: 2022-12-02\n  link: om/\n"));

        result.AssertOnlyError(DiagnosticCodes.InvalidLink, DeadlinesFile, 4, 9);
    }

    [Fact]
    public void Build_DeadlinesFileNotAList_ReportsSG1004()
    {
        var result = Build(("input/data/deadlines.yml", "id: frist\ntitle: A\ndate: 2022-12-02\n"));

        var error = result.AssertOnlyError(DiagnosticCodes.WrongType, DeadlinesFile, 1, 1);
        Assert.StartsWith("the deadlines file must be a list of deadlines", error.Message);
    }

    [Fact]
    public void Build_DeadlineMissingTitleAndDate_ReportsBoth()
    {
        var result = Build(("input/data/deadlines.yml", "- id: frist\n"));

        Assert.Equal(2, result.Errors.Count());
        Assert.All(result.Errors, e => Assert.Equal(DiagnosticCodes.MissingKey, e.Code));
        Assert.All(result.Errors, e => Assert.Equal(new SourceLocation(DeadlinesFile, 1, 3), e.Location));
    }

    [Fact]
    public void Build_EmptyDeadlinesFile_IsNoDeadlines()
    {
        using var site = new TestSite(("input/data/deadlines.yml", "# ingen frister ennå\n"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Empty(result.Html("frister/index.html").QuerySelectorAll(".deadline"));
    }
}
