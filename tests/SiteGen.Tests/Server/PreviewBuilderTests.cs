using SiteGen.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>Rebuilds swap in a new version only when what a page shows changed, so open pages do not reload for nothing.</summary>
public sealed class PreviewBuilderTests
{
    private static PreviewBuilder Builder(TestSite site) =>
        new(new PreviewOptions(site.Options() with { UseGitHistory = false }, 0), TextWriter.Null);

    [Fact]
    public void Rebuild_NothingChanged_KeepsTheVersion()
    {
        using var site = PreviewSites.Create();
        var builder = Builder(site);
        builder.Rebuild();
        var version = builder.Current.Version;

        builder.Rebuild();

        Assert.Equal(version, builder.Current.Version);
    }

    [Fact]
    public void Rebuild_ChangedOrBroken_GivesANewVersionEachTime()
    {
        using var site = PreviewSites.Create();
        var builder = Builder(site);
        builder.Rebuild();
        var first = builder.Current;

        site.Write("input/pages/om.md", "---\ntitle: Om\n---\nEndret.\n");
        builder.Rebuild();
        var changed = builder.Current;
        site.Write("input/pages/om.md", "---\ntitle: Om\nmenu: mange\n---\nEndret.\n");
        builder.Rebuild();
        var broken = builder.Current;

        Assert.NotEqual(first.Version, changed.Version);
        Assert.NotEqual(changed.Version, broken.Version);
        Assert.Null(changed.Overlay);
        Assert.Contains("SG1004", broken.Overlay);
        Assert.Same(changed.Files, broken.Files);
    }

    [Fact]
    public void Rebuild_AfterAnEdit_ChecksLinksOnUnchangedPagesAgainstTheNewSite()
    {
        using var site = PreviewSites.Create();
        site.Write("input/pages/om.md", "---\ntitle: Om prosjektet\n---\nSe [del to](/aktuelt/forste-sak/#del-to).\n");
        site.Write("input/news/forste-sak.md", "---\ntitle: Første sak\ndate: 2022-11-01\n---\nTekst.\n\n## Del to\n\nMer tekst.\n");
        var builder = Builder(site);
        builder.Rebuild();
        Assert.Null(builder.Current.Overlay);

        // The page with the link is unchanged; the heading it points to is gone from the other page.
        site.Write("input/news/forste-sak.md", "---\ntitle: Første sak\ndate: 2022-11-01\n---\nTekst.\n");
        var removed = builder.Rebuild();
        site.Write("input/pages/om.md", "---\ntitle: Om prosjektet\n---\nSe [siden](/finnes-ikke/).\n");
        var broken = builder.Rebuild();
        site.Write("input/pages/om.md", "---\ntitle: Om prosjektet\n---\nOm oss.\n");
        var fixedAgain = builder.Rebuild();

        var anchor = Assert.Single(removed!.Errors);
        Assert.Equal(("SG4102", "input/pages/om.md", 4), (anchor.Code, anchor.Location!.Path, anchor.Location.Line));
        Assert.Equal("SG4101", Assert.Single(broken!.Errors).Code);
        Assert.True(fixedAgain!.Succeeded);
        Assert.Null(builder.Current.Overlay);
    }

    [Fact]
    public void Rebuild_WithClock_UsesTheClockEachTime()
    {
        using var site = new TestSite(("input/news/planlagt.md", "---\ntitle: Planlagt\ndate: 2022-11-01\npublishDate: 2022-12-01\n---\nTekst.\n"));
        var now = TestSite.DefaultNow;
        var builder = new PreviewBuilder(new PreviewOptions(site.Options() with { UseGitHistory = false }, 0, () => now), TextWriter.Null);

        builder.Rebuild();
        var before = builder.Current.Files.ContainsKey("aktuelt/planlagt/index.html");
        now = new DateTimeOffset(2022, 12, 1, 12, 0, 0, TimeSpan.Zero);
        builder.Rebuild();

        Assert.False(before);
        Assert.True(builder.Current.Files.ContainsKey("aktuelt/planlagt/index.html"));
    }
}
