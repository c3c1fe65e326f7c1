using System.Net;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>The preview follows the files: a save is served, a broken save shows the errors over the last good site, a fix recovers.</summary>
public sealed class PreviewRebuildTests
{
    private const string NewsPath = "input/news/forste-sak.md";
    private const string BrokenNews = "---\ntitle: Første sak\ndate: 2.12.2022\nsummary: \"<script>alert('x')</script> & <b>fet</b>\"\n---\nØdelagt versjon.\n";

    private static async Task<bool> HasOverlay(RunningPreview preview, string path) =>
        (await preview.Html(path)).GetElementById("sitegen-errors") is not null;

    [Fact]
    public async Task Save_ChangedFile_IsServedAndAnnounced()
    {
        using var site = PreviewSites.Create();
        await using var preview = await RunningPreview.Start(site);
        using var events = await preview.Client.GetAsync("/__sitegen/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        var first = await NextVersion(reader);

        site.Write(NewsPath, PreviewSites.News.Replace("Første versjon", "Andre versjon", StringComparison.Ordinal));

        await preview.WaitForText("/aktuelt/forste-sak/", "Andre versjon");
        Assert.NotEqual(first, await NextVersion(reader));
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public async Task Save_BrokenThenFixed_ShowsErrorsOverLastGoodSiteThenRecovers()
    {
        using var site = PreviewSites.Create();
        await using var preview = await RunningPreview.Start(site);

        site.Write(NewsPath, BrokenNews);
        await preview.WaitFor(() => HasOverlay(preview, "/"), "the error overlay");

        foreach (var path in new[] { "/", "/om/", "/aktuelt/forste-sak/", "/finnes-ikke/" })
        {
            var page = await preview.Html(path);
            var overlay = page.GetElementById("sitegen-errors")!;
            var error = Assert.Single(overlay.QuerySelectorAll(".sitegen-error"));
            Assert.Equal("input/news/forste-sak.md(3,7)", error.QuerySelector(".sitegen-location")!.TextContent);
            // Norwegian by default, with the fix in it.
            Assert.Equal("SG1002: date: «2.12.2022» er ikke en gyldig dato – skriv 2022-12-02", error.QuerySelector(".sitegen-message")!.TextContent);
            var source = error.QuerySelector(".sitegen-source")!;
            Assert.Contains("1 | ---", source.TextContent);
            Assert.Equal("3 | date: 2.12.2022", source.QuerySelector("mark")!.TextContent);
            // Each source line a line of its own: the marked one does not run into the next.
            Assert.Contains("\n3 | date: 2.12.2022\n4 | summary:", source.TextContent);
            Assert.Contains("4 | summary: \"<script>alert('x')</script> & <b>fet</b>\"", source.TextContent);
            Assert.Contains("5 | ---", source.TextContent);
            // The editor's text is shown, never run or rendered: the only scripts are the site's own and the reload script.
            Assert.Empty(overlay.QuerySelectorAll("script, b"));
            // Nothing inline that the site's Content-Security-Policy would refuse: no inline script, no style element or attribute.
            Assert.DoesNotContain(page.QuerySelectorAll("script:not([src])"), s => s.GetAttribute("type") != "application/ld+json");
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.NotNull(page.GetElementById("sitegen-live-reload"));
            // At the top: the panel is the first thing in the body, before the skip link.
            Assert.Equal("sitegen-preview", page.Body!.FirstElementChild!.Id);
        }
        Assert.Contains("Første versjon", await preview.Text("/aktuelt/forste-sak/"));

        site.Write(NewsPath, PreviewSites.News.Replace("Første versjon", "Rettet versjon", StringComparison.Ordinal));
        await preview.WaitForText("/aktuelt/forste-sak/", "Rettet versjon");

        Assert.False(await HasOverlay(preview, "/"));
        Assert.False(await HasOverlay(preview, "/aktuelt/forste-sak/"));
    }

    [Fact]
    public async Task Start_WithBrokenSite_ShowsErrorPageUntilFixed()
    {
        using var site = PreviewSites.Create();
        site.Write(NewsPath, BrokenNews);
        await using var preview = await RunningPreview.Start(site);

        using var response = await preview.Get("/aktuelt/forste-sak/");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("forste-sak.md(3,7)", page.GetElementById("sitegen-errors")!.TextContent);
        Assert.NotNull(page.GetElementById("sitegen-live-reload"));

        site.Write(NewsPath, PreviewSites.News);
        await preview.WaitFor(async () => (await preview.Get("/aktuelt/forste-sak/")).StatusCode == HttpStatusCode.OK, "the fixed site");
        Assert.False(await HasOverlay(preview, "/aktuelt/forste-sak/"));
    }

    [Fact]
    public async Task Save_ThemeFile_IsServed()
    {
        using var site = PreviewSites.Create();
        CopyFolder(RepoPaths.Theme, Path.Combine(site.Root, "theme"));
        await using var preview = await RunningPreview.Start(site, theme: Path.Combine(site.Root, "theme"));

        site.Write("theme/static/css/site.css", "body { color: rebeccapurple; }\n");

        await preview.WaitForText("/css/site.css", "rebeccapurple");
    }

    [Fact]
    public async Task Serve_SubPathBaseUrl_ServesTheSiteUnderThatPath()
    {
        using var site = PreviewSites.Create();
        await using var preview = await RunningPreview.Start(site, baseUrl: "https://test.example/prosjekt/");

        using var root = await preview.Get("/");
        using var bare = await preview.Get("/prosjekt");
        using var outside = await preview.Get("/aktuelt/");
        var home = await preview.Html("/prosjekt/");

        Assert.Equal(new Uri(preview.Server.Address + "/prosjekt/"), preview.Server.Url);
        Assert.Equal(HttpStatusCode.Found, root.StatusCode);
        Assert.Equal("/prosjekt/", root.Headers.Location!.OriginalString);
        Assert.Equal("/prosjekt/", bare.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal("/prosjekt/css/site.css", home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await preview.Get("/prosjekt/css/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await preview.Get("/prosjekt/aktuelt/forste-sak/")).StatusCode);
    }

    private static async Task<string> NextVersion(StreamReader reader)
    {
        while (true)
        {
            var line = await reader.ReadLineAsync().WaitAsync(RunningPreview.Patience)
                       ?? throw new Xunit.Sdk.XunitException("the event stream ended");
            if (line.StartsWith("data: ", StringComparison.Ordinal))
                return line["data: ".Length..];
        }
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
