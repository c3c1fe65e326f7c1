using System.Text;
using Microsoft.AspNetCore.Http;

namespace SiteGen.Server;

/// <summary>
/// Reloads open pages when the site changes, with server-sent events. Each page carries the version
/// it was served at; the event stream sends the current version on connect and after every change,
/// and the page's script (Assets/preview.js) reloads it when they differ. So a change that lands
/// between a page load and its connection is not missed, and a restarted server (a new version)
/// reloads pages too.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = PreviewAssets.Prefix + "events";

    private readonly Lock gate = new();
    private TaskCompletionSource changed = NewSignal();
    private string version;

    public LiveReload(string version) => this.version = version;

    public void Publish(string newVersion)
    {
        TaskCompletionSource previous;
        lock (gate)
        {
            version = newVersion;
            previous = changed;
            changed = NewSignal();
        }
        previous.TrySetResult();
    }

    /// <summary>Streams the version to one page until it goes away or the server stops.</summary>
    public async Task Stream(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // Reconnect quickly after a restart of the server, instead of the browsers' default of seconds.
            await Write(context, "retry: 500\n\n", done.Token);
            while (!done.IsCancellationRequested)
            {
                Task next;
                string current;
                lock (gate)
                {
                    next = changed.Task;
                    current = version;
                }
                await Write(context, $"data: {current}\n\n", done.Token);
                await next.WaitAsync(done.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page closed or the server is stopping: both end the stream normally.
        }
    }

    private static async Task Write(HttpContext context, string text, CancellationToken token)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), token);
        await context.Response.Body.FlushAsync(token);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
