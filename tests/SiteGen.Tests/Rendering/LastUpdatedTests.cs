using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// "Sist oppdatert" comes from the last commit that changed the source file after the commit that
/// added it, else from front matter 'updated'; the commit that adds a file publishes it, it does not update it.
/// </summary>
public sealed class LastUpdatedTests
{
    private static readonly DateTimeOffset October5 = new(2022, 10, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset November2 = new(2022, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private static string? Updated(BuildResult result, string path) =>
        result.Html(path).QuerySelector(".meta time")?.GetAttribute("datetime");

    [Fact]
    public void Build_CommittedPage_ShowsTheLastCommitDate()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\n---\nTekst.\n"), ("input/pages/annen.md", "---\ntitle: Annen\n---\nTekst.\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, October5);
        site.Write("input/pages/om.md", "---\ntitle: Om\n---\nNy tekst.\n");
        GitRepo.CommitAll(site.Root, November2);

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal("2022-11-02", Updated(result, "om/index.html"));
        Assert.Contains("Sist oppdatert 2. november 2022", result.Html("om/index.html").QuerySelector(".meta")!.TextContent);
        Assert.Null(Updated(result, "annen/index.html"));
    }

    [Fact]
    public void Build_CommitLateInTheEvening_IsTheDateInOslo()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\n---\nTekst.\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, October5.AddDays(-30));
        site.Write("input/pages/om.md", "---\ntitle: Om\n---\nNy tekst.\n");
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2022, 10, 5, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal("2022-10-06", Updated(site.Build(), "om/index.html"));
    }

    [Fact]
    public void Build_GitHistoryWinsOverFrontMatter()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\nupdated: 2021-01-01\n---\nTekst.\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, October5);
        site.Write("input/pages/om.md", "---\ntitle: Om\nupdated: 2021-01-01\n---\nNy tekst.\n");
        GitRepo.CommitAll(site.Root, November2);

        Assert.Equal("2022-11-02", Updated(site.Build(), "om/index.html"));
    }

    [Fact]
    public void Build_FileOnlyAdded_KeepsTheFrontMattersUpdate()
    {
        // Content moved in from an older site in one commit: that commit is no update, the editor's date stands.
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\nupdated: 2021-01-01\n---\nTekst.\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, October5);

        Assert.Equal("2021-01-01", Updated(site.Build(), "om/index.html"));
    }

    [Fact]
    public void Build_NewsAddedYearsAfterItsDate_IsNotUpdatedByTheCommitThatAddedIt()
    {
        // The real site's history: items dated 2022 committed in 2026. The adding commit, a later commit
        // that touches other files, and one that only moves the item are no updates to it.
        using var site = new TestSite(
            ("input/news/sak.md", "---\ntitle: Sak\ndate: 2022-11-08\nslug: sak\n---\nTekst.\n"),
            ("input/news/annen.md", "---\ntitle: Annen\ndate: 2022-11-09\n---\nTekst.\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2026, 11, 25, 19, 0, 0, TimeSpan.Zero));
        site.Write("input/news/annen.md", "---\ntitle: Annen\ndate: 2022-11-09\n---\nRettet tekst.\n");
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        File.Move(Path.Combine(site.InputDir, "news/sak.md"), Path.Combine(site.InputDir, "news/sak-flyttet.md"));
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

        var result = site.Build(now: new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        result.AssertSucceeded();
        Assert.DoesNotContain("sist oppdatert", result.Html("aktuelt/sak/index.html").QuerySelector(".meta")!.TextContent);
        Assert.Contains("sist oppdatert 26. november 2026", result.Html("aktuelt/annen/index.html").QuerySelector(".meta")!.TextContent);
    }

    [Fact]
    public void Build_WithoutGit_FallsBackToFrontMatter()
    {
        using var site = new TestSite(
            ("input/pages/om.md", "---\ntitle: Om\nupdated: 2022-09-01\n---\nTekst.\n"),
            ("input/pages/uten.md", "---\ntitle: Uten\n---\nTekst.\n"));

        var result = site.Build();

        Assert.Equal("2022-09-01", Updated(result, "om/index.html"));
        Assert.Null(Updated(result, "uten/index.html"));
    }

    [Fact]
    public void Build_UncommittedFileInRepository_FallsBackToFrontMatter()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\n---\nTekst.\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, October5);
        site.Write("input/pages/ny.md", "---\ntitle: Ny\nupdated: 2022-11-15\n---\nTekst.\n");

        Assert.Equal("2022-11-15", Updated(site.Build(), "ny/index.html"));
    }

    [Fact]
    public void Build_HistoryTurnedOff_UsesOnlyFrontMatter()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\nupdated: 2022-09-01\n---\nTekst.\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, October5);

        var result = SiteBuilder.Build(site.Options() with { UseGitHistory = false });

        Assert.Equal("2022-09-01", Updated(result, "om/index.html"));
    }

    [Fact]
    public void Build_NewsItem_ShowsUpdatedOnlyWhenChangedAfterItsDate()
    {
        using var site = new TestSite(
            ("input/news/samme-dag.md", "---\ntitle: Samme dag\ndate: 2022-10-05\n---\nTekst.\n"),
            ("input/news/endret.md", "---\ntitle: Endret\ndate: 2022-10-01\n---\nTekst.\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, October5.AddDays(-10));
        site.Write("input/news/samme-dag.md", "---\ntitle: Samme dag\ndate: 2022-10-05\n---\nNy tekst.\n");
        site.Write("input/news/endret.md", "---\ntitle: Endret\ndate: 2022-10-01\n---\nNy tekst.\n");
        GitRepo.CommitAll(site.Root, October5);

        var result = site.Build();

        Assert.DoesNotContain("sist oppdatert", result.Html("aktuelt/samme-dag/index.html").QuerySelector(".meta")!.TextContent);
        Assert.Contains("sist oppdatert 5. oktober 2022", result.Html("aktuelt/endret/index.html").QuerySelector(".meta")!.TextContent);
    }

    [Fact]
    public void Build_ShallowClone_DoesNotTrustTheCutOffCommit()
    {
        using var site = new TestSite(
            ("input/pages/om.md", "---\ntitle: Om\nupdated: 2022-09-01\n---\nTekst.\n"),
            ("input/pages/endret.md", "---\ntitle: Endret\n---\nTekst.\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, October5);
        site.Write("input/pages/endret.md", "---\ntitle: Endret\n---\nNy tekst.\n");
        GitRepo.CommitAll(site.Root, November2);
        var clone = Path.Combine(site.Root, "klone");
        GitRepo.CloneShallow(site.Root, clone);

        var result = SiteBuilder.Build(site.Options() with { InputDir = Path.Combine(clone, "input") });

        result.AssertSucceeded();
        Assert.Equal("2022-09-01", Updated(result, "om/index.html"));
        Assert.Null(Updated(result, "endret/index.html"));
    }
}
