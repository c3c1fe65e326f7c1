using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SiteGen.Server;

/// <summary>
/// The preview: builds the site into memory, serves it with Kestrel on 127.0.0.1 only, and rebuilds
/// on every change under input/ and theme/. Nothing is written to output/: 'serve' and 'build' make
/// the same files, and only the responses get the live-reload script.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SiteWatcher watcher;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task rebuilding;

    private PreviewServer(WebApplication app, PreviewBuilder builder, PreviewOptions options)
    {
        this.app = app;
        Builder = builder;
        Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        watcher = new SiteWatcher([options.Build.InputDir, options.Build.ThemeDir], builder.Request);
        rebuilding = builder.RunAsync(stopping.Token);
    }

    public PreviewBuilder Builder { get; }

    /// <summary>"http://127.0.0.1:8080", without the site's base path.</summary>
    public string Address { get; }

    /// <summary>The address of the site's home page, under its base path.</summary>
    public Uri Url => new(Address + Builder.Current.BasePath);

    /// <summary>Builds once, then starts serving. Throws IOException when the port is taken.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var builder = new PreviewBuilder(options, log);
        builder.Rebuild();
        var app = CreateApp(options.Port, new PreviewResponder(builder));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new PreviewServer(app, builder, options);
    }

    private static WebApplication CreateApp(int port, PreviewResponder responder)
    {
        // The empty builder reads no appsettings.json or environment from the site's folder: the
        // preview's behaviour depends only on the command line.
        var web = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        web.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        web.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(5));
        web.Services.AddSingleton<IHostLifetime, ManualLifetime>();
        var app = web.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        app.Run(context => responder.Respond(context, stopping));
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        watcher.Dispose();
        await stopping.CancelAsync();
        await rebuilding;
        Builder.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }
}
