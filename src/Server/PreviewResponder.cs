using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SiteGen.Server;

/// <summary>
/// Answers one request from the current <see cref="ServedSite"/>: a file with its media type, a
/// redirect to a folder's '/', the site's 404 page, or a refusal. HTML gets the live-reload script
/// (and the error overlay while there are errors) on the way out.
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
        if (request.Path.Value == LiveReload.EventsPath)
        {
            await builder.LiveReload.Stream(context, stopping);
            return;
        }

        var site = builder.Current;
        var snippet = (site.Overlay ?? "") + LiveReload.Script(site.Version);
        if (!site.HasSite)
        {
            await Send(context, StatusCodes.Status500InternalServerError, MediaTypes.Html, Encoding.UTF8.GetBytes(ErrorOverlay.Page(snippet, builder.Messages)));
            return;
        }
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value + request.QueryString.Value;
        var resolution = RequestResolver.Resolve(target, site.BasePath, site.Files.ContainsKey);
        // The web editor (/admin/) is left as built: a reload after each save would throw away the editor's open form.
        switch (resolution.Outcome)
        {
            case RequestOutcome.File:
                var file = site.Files[resolution.FilePath!];
                var type = MediaTypes.Of(file.Path);
                await Send(context, StatusCodes.Status200OK, type, MediaTypes.IsHtml(type) && !Cms.AdminSite.IsAdminPath(file.Path) ? HtmlInjector.Inject(file.Content, snippet) : file.Content);
                break;
            case RequestOutcome.Redirect:
                response.Headers.Location = resolution.Location;
                await Text(context, StatusCodes.Status302Found, $"Moved to {resolution.Location}");
                break;
            case RequestOutcome.NotFound when site.Files.TryGetValue(ServedSite.NotFoundPage, out var notFound):
                await Send(context, StatusCodes.Status404NotFound, MediaTypes.Html, HtmlInjector.Inject(notFound.Content, snippet));
                break;
            case RequestOutcome.NotFound:
                await Text(context, StatusCodes.Status404NotFound, "404 Not Found");
                break;
            default:
                await Text(context, StatusCodes.Status400BadRequest, "400 Bad Request: that is not a path on this site.");
                break;
        }
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
