using System.Text;
using Microsoft.AspNetCore.Http;

namespace SiteGen.Server;

/// <summary>
/// Reloads open pages when the site changes, with server-sent events. Each page carries the version
/// it was served at; the event stream sends the current version on connect and after every change,
/// and the page reloads when they differ. So a change that lands between a page load and its
/// connection is not missed, and a restarted server (a new version) reloads pages too.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__sitegen/events";

    private readonly Lock gate = new();
    private TaskCompletionSource changed = NewSignal();
    private string version;

    public LiveReload(string version) => this.version = version;

    /// <summary>
    /// The script added to every HTML page the preview serves (never to built files). A hidden tab
    /// lets go of its connection, because browsers allow only six per host over HTTP/1.1 and an
    /// editor may have more previews open; it checks the version again when it is shown.
    /// </summary>
    public static string Script(string pageVersion) =>
        "<script id=\"sitegen-live-reload\">(() => { const version = \"" + pageVersion + "\"; let events = null; " +
        "const open = () => { if (events) return; events = new EventSource(\"" + EventsPath + "\"); " +
        "events.onmessage = e => { if (e.data !== version) { events.close(); location.reload(); } }; }; " +
        "const close = () => { if (events) { events.close(); events = null; } }; " +
        "document.addEventListener(\"visibilitychange\", () => document.visibilityState === \"hidden\" ? close() : open()); " +
        "if (document.visibilityState !== \"hidden\") open(); })();</script>";

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
