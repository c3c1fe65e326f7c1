using System.Net;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>One preview shared by the tests that only read: media types, folders, 404, refusals, live reload.</summary>
public sealed class PreviewFixture : IAsyncLifetime
{
    public TestSite Site { get; } = PreviewSites.Create();
    public RunningPreview Preview { get; private set; } = null!;

    public async Task InitializeAsync() => Preview = await RunningPreview.Start(Site);

    public async Task DisposeAsync()
    {
        await Preview.DisposeAsync();
        Site.Dispose();
    }
}

public sealed partial class PreviewServerTests(PreviewFixture fixture) : IClassFixture<PreviewFixture>
{
    private RunningPreview Preview => fixture.Preview;

    /// <summary>What the preview adds at the end of &lt;head&gt;: its style and its reload script, both files of its own.</summary>
    [GeneratedRegex("<link rel=\"stylesheet\" href=\"/__sitegen/preview.css\" id=\"sitegen-preview-style\"><script src=\"/__sitegen/preview.js\" id=\"sitegen-live-reload\" data-version=\"[^\"]+\" data-events=\"/__sitegen/events\" defer></script></head>")]
    private static partial Regex HeadAssets();

    /// <summary>What the preview adds right after &lt;body&gt;: the panel (here with the fixture's one warning, collapsed).</summary>
    [GeneratedRegex("(?<=<body>)<div id=\"sitegen-preview\".*?</details></div></div>", RegexOptions.Singleline)]
    private static partial Regex Panel();

    [Theory]
    [InlineData("/", "text/html; charset=utf-8")]
    [InlineData("/aktuelt/forste-sak/", "text/html; charset=utf-8")]
    [InlineData("/kalender/frister.ics", "text/calendar; charset=utf-8")]
    [InlineData("/kalender/folkebibliotek.ics", "text/calendar; charset=utf-8")]
    [InlineData("/css/site.css", "text/css; charset=utf-8")]
    [InlineData("/js/frister.js", "text/javascript; charset=utf-8")]
    [InlineData("/files/presentasjon-for-ledere.pdf", "application/pdf")]
    [InlineData("/sitemap-test.xml", "application/xml")]
    [InlineData("/bilde.svg", "image/svg+xml")]
    public async Task Get_SiteFile_HasItsMediaType(string path, string mediaType)
    {
        using var response = await Preview.Get(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Get_FolderWithoutSlash_RedirectsToTheFolder()
    {
        using var response = await Preview.Get("/aktuelt?side=1");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/aktuelt/?side=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_MissingPath_IsTheSites404PageWithStatus404()
    {
        using var response = await Preview.Get("/finnes-ikke/");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Fant ikke siden", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.GetElementById("sitegen-live-reload"));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/css/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/css/..\\..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/./secret.txt")]
    [InlineData("/secret.txt%00.html")]
    public async Task Get_PathLeavingTheSite_IsRefused(string target)
    {
        var (status, response) = await Preview.Raw(target);

        Assert.Equal(400, status);
        Assert.DoesNotContain("HEMMELIG", response);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/secret.txt")]
    [InlineData("/input/site.yml")]
    [InlineData("/%252e%252e/secret.txt")]
    public async Task Get_PathOutsideTheBuiltSite_IsNotFound(string target)
    {
        var (status, response) = await Preview.Raw(target);

        Assert.Equal(404, status);
        Assert.DoesNotContain("HEMMELIG", response);
        Assert.DoesNotContain("root:", response);
    }

    [Fact]
    public async Task Get_HtmlPage_IsTheBuiltPagePlusOnlyTheHeadAssetsAndThePanel()
    {
        var built = fixture.Site.Build();

        var served = await Preview.Text("/aktuelt/forste-sak/");

        Assert.Matches(HeadAssets(), served);
        Assert.Matches(Panel(), served);
        var stripped = Panel().Replace(HeadAssets().Replace(served, "</head>", 1), "", 1);
        Assert.Equal(built.Text("aktuelt/forste-sak/index.html"), stripped);
    }

    [Theory]
    [InlineData("/__sitegen/preview.js", "text/javascript; charset=utf-8", "EventSource")]
    [InlineData("/__sitegen/preview.css", "text/css; charset=utf-8", "#sitegen-preview")]
    public async Task Get_PreviewAsset_IsServedAsAFileOfItsOwn(string path, string mediaType, string content)
    {
        using var response = await Preview.Get(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.ToString());
        Assert.Contains(content, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_OtherReservedPath_IsNotFound()
    {
        using var response = await Preview.Get("/__sitegen/finnes-ikke.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_NonHtmlFile_IsServedByteForByte()
    {
        var built = fixture.Site.Build();

        Assert.Equal(built.File("kalender/frister.ics")!.Content, await Preview.Client.GetByteArrayAsync("/kalender/frister.ics"));
        Assert.Equal(built.File("files/presentasjon-for-ledere.pdf")!.Content, await Preview.Client.GetByteArrayAsync("/files/presentasjon-for-ledere.pdf"));
    }

    [Fact]
    public void Build_Output_HasNoReloadScriptAndServeWroteNothing()
    {
        var built = fixture.Site.Build();

        Assert.DoesNotContain(built.Files, f => System.Text.Encoding.UTF8.GetString(f.Content) is var text
                                                && (text.Contains("sitegen-live-reload", StringComparison.Ordinal) || text.Contains("__sitegen", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(fixture.Site.OutputDir));
    }

    [Fact]
    public async Task Events_SendTheVersionThePageCarries()
    {
        var page = await Preview.Text("/");
        var version = Regex.Match(page, "data-version=\"([^\"]+)\"").Groups[1].Value;

        using var response = await Preview.Client.GetAsync("/__sitegen/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? line;
        do line = await reader.ReadLineAsync().WaitAsync(RunningPreview.Patience);
        while (line is not null && !line.StartsWith("data: ", StringComparison.Ordinal));

        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal($"data: {version}", line);
    }

    [Fact]
    public async Task Head_Page_HasHeadersWithoutBody()
    {
        using var response = await Preview.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/om/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_IsNotAllowed()
    {
        using var response = await Preview.Client.PostAsync("/", new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
