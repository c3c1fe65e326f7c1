using AngleSharp.Dom;
using SiteGen.Output;
using SiteGen.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>
/// The preview survives every failure: a rebuild that throws, the input folder deleted and put back.
/// Each is shown on the page and in the terminal, and the next good state is served again.
/// </summary>
public sealed class PreviewRecoveryTests
{
    private const string NewsPath = "input/news/forste-sak.md";

    /// <summary>The real build, except that it throws the way a bug in SiteGen would while a news file says KRASJ.</summary>
    private static BuildResult CrashingOnMarker(BuildOptions options) =>
        Directory.EnumerateFiles(Path.Combine(options.InputDir, "news")).Any(f => File.ReadAllText(f).Contains("KRASJ", StringComparison.Ordinal))
            ? throw new InvalidOperationException("noe gikk galt <script>alert(1)</script>")
            : SiteBuilder.Build(options);

    private static async Task<IElement?> Overlay(RunningPreview preview, string path) =>
        (await preview.Html(path)).GetElementById(ErrorOverlay.ElementId);

    [Fact]
    public async Task Rebuild_Throws_ShownOnThePageAndInTheLog_AndLaterSavesAreServed()
    {
        using var site = PreviewSites.Create();
        await using var preview = await RunningPreview.Start(site, builder: CrashingOnMarker);

        site.Write(NewsPath, PreviewSites.News.Replace("Første versjon", "KRASJ", StringComparison.Ordinal));
        await preview.WaitFor(async () => await Overlay(preview, "/aktuelt/forste-sak/") is not null, "the box for the failed build");

        var page = await preview.Html("/aktuelt/forste-sak/");
        var box = page.GetElementById(ErrorOverlay.ElementId)!;
        Assert.Equal("alert", box.GetAttribute("role"));
        Assert.Contains("feil i SiteGen", box.QuerySelector("summary")!.TextContent);
        Assert.Equal("Feilen: InvalidOperationException: noe gikk galt <script>alert(1)</script>", box.QuerySelector(".sitegen-crash")!.TextContent);
        Assert.Empty(box.QuerySelectorAll("script"));
        Assert.Contains("Første versjon", page.QuerySelector("main")!.TextContent); // the last good site is still served
        await preview.WaitFor(() => Task.FromResult(preview.Log.Contains("på grunn av en feil i SiteGen: InvalidOperationException: noe gikk galt", StringComparison.Ordinal)),
            "the failure in the log");

        // The loop goes on: a new item and the fixed file are both served, and the box is gone.
        site.Write("input/news/ny-sak.md", "---\ntitle: Ny sak\ndate: 2022-11-02\n---\nEn ny sak.\n");
        site.Write(NewsPath, PreviewSites.News.Replace("Første versjon", "Rettet versjon", StringComparison.Ordinal));
        await preview.WaitForText("/aktuelt/forste-sak/", "Rettet versjon");
        await preview.WaitForText("/aktuelt/ny-sak/", "En ny sak.");
        Assert.Null(await Overlay(preview, "/aktuelt/forste-sak/"));
    }

    [Fact]
    public async Task Start_BuildThrows_ServesTheFailureUntilAGoodSave()
    {
        using var site = PreviewSites.Create();
        site.Write(NewsPath, PreviewSites.News.Replace("Første versjon", "KRASJ", StringComparison.Ordinal));
        await using var preview = await RunningPreview.Start(site, builder: CrashingOnMarker);

        Assert.Contains("noe gikk galt", (await Overlay(preview, "/"))!.TextContent);

        site.Write(NewsPath, PreviewSites.News);
        await preview.WaitForText("/aktuelt/forste-sak/", "Første versjon");
        Assert.Null(await Overlay(preview, "/aktuelt/forste-sak/"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task InputFolder_RemovedThenRestored_ShowsTheErrorThenServesTheRestoredSite(bool restoreByRename)
    {
        using var site = PreviewSites.Create();
        await using var preview = await RunningPreview.Start(site);
        var backup = Path.Combine(site.Root, "input-kopi");
        CopyFolder(site.InputDir, backup);

        Directory.Delete(site.InputDir, recursive: true);
        await preview.WaitFor(async () => await Overlay(preview, "/om/") is { } box && box.TextContent.Contains("input", StringComparison.Ordinal),
            "the box saying that input/ is gone");
        Assert.Contains("Om oss.", await preview.Text("/om/")); // still the last good site

        if (restoreByRename)
            Directory.Move(backup, site.InputDir);
        else
            CopyFolder(backup, site.InputDir);
        await preview.WaitFor(async () => await Overlay(preview, "/om/") is null, "the restored site without the box");

        // And it is watched again: the next save is served.
        site.Write("input/pages/om.md", "---\ntitle: Om prosjektet\n---\nEtter gjenopprettingen.\n");
        await preview.WaitForText("/om/", "Etter gjenopprettingen.");
    }

    [Fact]
    public async Task Serve_WarningsAndUnpublishedItems_AreListedCollapsed()
    {
        using var site = PreviewSites.Create();
        site.Write("input/news/planlagt.md", "---\ntitle: Planlagt sak\ndate: 2022-11-01\npublishDate: 2022-12-03T12:00\n---\nKommer.\n");
        site.Write("input/pages/utkast.md", "---\ntitle: Et utkast\ndraft: true\n---\nIkke ferdig.\n");
        site.Write("input/news/gammel.md", "---\ntitle: Gammel sak\ndate: 2022-01-01\nexpiryDate: 2022-06-30\n---\nUte.\n");
        await using var preview = await RunningPreview.Start(site);

        var page = await preview.Html("/");

        Assert.Null(page.GetElementById(ErrorOverlay.ElementId));
        var warnings = page.GetElementById(PreviewNotes.WarningsId)!;
        Assert.Equal("status", warnings.GetAttribute("role"));
        Assert.False(warnings.QuerySelector("details")!.HasAttribute("open"));
        Assert.Contains("1 advarsel", warnings.QuerySelector("summary")!.TextContent);
        Assert.Equal("input/files/presentasjon-for-ledere.pdf(1,1)", warnings.QuerySelector(".sitegen-location")!.TextContent);
        Assert.StartsWith("SG2101: ", warnings.QuerySelector(".sitegen-message")!.TextContent);

        var unpublished = page.GetElementById(PreviewNotes.UnpublishedId)!;
        Assert.False(unpublished.QuerySelector("details")!.HasAttribute("open"));
        Assert.Contains("3 saker og sider er ikke publisert", unpublished.QuerySelector("summary")!.TextContent);
        Assert.Equal(
        [
            "input/news/gammel.md sak «Gammel sak» – utløpt: tatt av nettstedet 30. juni 2022 («expiryDate»)",
            "input/news/planlagt.md sak «Planlagt sak» – planlagt: publiseres 3. desember 2022 kl. 12.00",
            "input/pages/utkast.md side «Et utkast» – kladd: publiseres ikke så lenge den har «draft: true» (serve --drafts viser den)",
        ], unpublished.QuerySelectorAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Serve_English_ListsUnpublishedItemsInEnglish()
    {
        using var site = PreviewSites.Create();
        site.Write("input/news/planlagt.md", "---\ntitle: Planlagt sak\ndate: 2022-11-01\npublishDate: 2022-12-03T12:00\n---\nKommer.\n");
        await using var preview = await RunningPreview.Start(site, messages: SiteGen.Diagnostics.MessageLanguage.En);

        var unpublished = (await preview.Html("/")).GetElementById(PreviewNotes.UnpublishedId)!;

        Assert.Equal("en", unpublished.GetAttribute("lang"));
        Assert.Equal("input/news/planlagt.md news item «Planlagt sak» – scheduled: published 3 December 2022, 12:00", unpublished.QuerySelector("li")!.TextContent);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
