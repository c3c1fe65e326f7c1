namespace SiteGen.Tests.Browser;

/// <summary>The browser tests see the site as a plain static host serves it; this checks that host.</summary>
public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-server-").FullName;
    private StaticSiteServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        Write("index.html", "<!DOCTYPE html><title>Forside</title>");
        Write("aktuelt/index.html", "<!DOCTYPE html><title>Aktuelt</title>");
        Write("404.html", "<!DOCTYPE html><title>Finnes ikke</title>");
        Write("css/site.css", "body {}");
        Write("files/a.pdf", "%PDF-1.4");
        File.WriteAllBytes(Path.Combine(_root, "bilde.png"), BrowserFixtureSite.Png);
        _server = await StaticSiteServer.StartAsync(_root);
    }

    [Theory]
    [InlineData("/", "text/html", "Forside")]
    [InlineData("/aktuelt/", "text/html", "Aktuelt")]
    [InlineData("/css/site.css", "text/css", "body")]
    [InlineData("/files/a.pdf", "application/pdf", "%PDF")]
    [InlineData("/bilde.png", "image/png", "PNG")]
    public async Task Serves_Files_WithTheirMediaType_AndIndexForFolders(string path, string mediaType, string content)
    {
        using var response = await _http.GetAsync(_server.Url(path));

        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(content, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Serves_The404Page_WithStatus404_ForAnythingElse()
    {
        using var response = await _http.GetAsync(_server.Url("/finnes-ikke/"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Finnes ikke", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Listens_OnLoopbackOnly()
    {
        Assert.Equal("127.0.0.1", _server.BaseUri.Host);
        Assert.NotEqual(0, _server.BaseUri.Port);
    }

    private void Write(string path, string content)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
