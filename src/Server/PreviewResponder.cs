using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SiteGen.Server;

/// <summary>
/// Answers one request from the current <see cref="ServedSite"/>: a file with its media type, a
/// redirect to a folder's '/', the site's 404 page, or a refusal. HTML gets the live-reload script
/// and the preview's panel (errors, warnings, unpublished items) on the way out; the preview's own
/// files are under <see cref="PreviewAssets.Prefix"/>.
/// </summary>
public sealed class PreviewResponder(PreviewBuilder builder)
{
    public async Task Respond(HttpContext context, CancellationToken stopping)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Text(context, StatusCodes.Status405MethodNotAllowed, "405 Method Not Allowed: the preview only serves pages.");
            return;
        }
        if (PreviewAssets.IsReserved(request.Path.Value))
        {
            await Own(context, request.Path.Value!, stopping);
            return;
        }

        var site = builder.Current;
        var head = PreviewAssets.Head(site.Version);
        var panel = PreviewPanel.Wrap(site.Overlay, site.Notes, builder.Messages);
        if (!site.HasSite)
        {
            await Send(context, StatusCodes.Status500InternalServerError, MediaTypes.Html, Encoding.UTF8.GetBytes(PreviewPanel.Page(head, panel, builder.Messages)));
            return;
        }
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value + request.QueryString.Value;
        var resolution = RequestResolver.Resolve(target, site.BasePath, site.Files.ContainsKey);
        switch (resolution.Outcome)
        {
            case RequestOutcome.File:
                var file = site.Files[resolution.FilePath!];
                var type = MediaTypes.Of(file.Path);
                await Send(context, StatusCodes.Status200OK, type, MediaTypes.IsHtml(type) ? PreviewPanel.Inject(file.Content, head, panel) : file.Content);
                break;
            case RequestOutcome.Redirect:
                response.Headers.Location = resolution.Location;
                await Text(context, StatusCodes.Status302Found, $"Moved to {resolution.Location}");
                break;
            case RequestOutcome.NotFound when site.Files.TryGetValue(ServedSite.NotFoundPage, out var notFound):
                await Send(context, StatusCodes.Status404NotFound, MediaTypes.Html, PreviewPanel.Inject(notFound.Content, head, panel));
                break;
            case RequestOutcome.NotFound:
                await Text(context, StatusCodes.Status404NotFound, "404 Not Found");
                break;
            default:
                await Text(context, StatusCodes.Status400BadRequest, "400 Bad Request: that is not a path on this site.");
                break;
        }
    }

    /// <summary>The preview's own files under /__sitegen/: the event stream, its script and its style.</summary>
    private async Task Own(HttpContext context, string path, CancellationToken stopping)
    {
        if (path == LiveReload.EventsPath)
            await builder.LiveReload.Stream(context, stopping);
        else if (PreviewAssets.TryGet(path, out var type, out var bytes))
            await Send(context, StatusCodes.Status200OK, type, bytes);
        else
            await Text(context, StatusCodes.Status404NotFound, "404 Not Found: the preview has no such file.");
    }

    private static Task Text(HttpContext context, int status, string text) =>
        Send(context, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text + "\n"));

    private static async Task Send(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
