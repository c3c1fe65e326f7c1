using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SiteGen.Tests.Browser;

/// <summary>
/// A built site served over HTTP the way a plain static host serves it: files with their media
/// types, index.html for a folder, 404.html (status 404) for anything else. Listens on 127.0.0.1
/// on a free port chosen by the OS.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>The site's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUri { get; }

    public string Url(string sitePath) => new Uri(BaseUri, sitePath.TrimStart('/')).ToString();

    public static async Task<StaticSiteServer> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(root, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });

        await app.StartAsync();
        var address = app.Urls.Single(); // after start: the address really bound, with the port the OS chose
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
