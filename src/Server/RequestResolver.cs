namespace SiteGen.Server;

/// <summary>
/// Maps a raw request target ("/aktuelt/sak/?x=1") to a file of the in-memory site. It reads the
/// target as the client sent it, before the server tidies it, so that "..", "%2e%2e", backslashes,
/// encoded slashes and drive letters are refused outright rather than resolved to something else.
/// Nothing here touches the disk: only paths of the built site can ever be answered.
/// </summary>
public static class RequestResolver
{
    /// <param name="rawTarget">The request target as sent, starting with '/'.</param>
    /// <param name="basePath">The path the site lives under, "/" or "/prosjekt/".</param>
    /// <param name="exists">Whether the site has a file at a path relative to its root ("aktuelt/index.html").</param>
    public static RequestResolution Resolve(string rawTarget, string basePath, Func<string, bool> exists)
    {
        var queryStart = rawTarget.IndexOfAny(['?', '#']);
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var query = queryStart < 0 || rawTarget[queryStart] != '?' ? "" : rawTarget[queryStart..];
        if (!rawPath.StartsWith('/') || rawPath.Contains("%2f", StringComparison.OrdinalIgnoreCase) || rawPath.Contains("%5c", StringComparison.OrdinalIgnoreCase))
            return RequestResolution.BadRequest;
        // Decoded once, as a static host would: "%252e" stays the text "%2e", which names no file.
        var path = Uri.UnescapeDataString(rawPath);
        if (!IsSafe(path))
            return RequestResolution.BadRequest;

        if (path + "/" == basePath || (basePath != "/" && path == "/"))
            return new RequestResolution(RequestOutcome.Redirect, Location: basePath + query);
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
            return RequestResolution.NotFound;

        var relative = path[basePath.Length..];
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (exists(file))
            return new RequestResolution(RequestOutcome.File, FilePath: file);
        if (!relative.EndsWith('/') && exists(relative + "/index.html"))
            return new RequestResolution(RequestOutcome.Redirect, Location: rawPath + "/" + query);
        return RequestResolution.NotFound;
    }

    /// <summary>No dot segments, no empty segments ("//"), no backslashes, drive letters or control characters.</summary>
    private static bool IsSafe(string path)
    {
        if (path.Contains('\\') || path.Contains(':') || path.Any(char.IsControl))
            return false;
        var segments = path.Split('/');
        // segments[0] is the empty text before the leading '/', the last one is empty for a folder.
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i] is "." or ".." || (segments[i].Length == 0 && i < segments.Length - 1))
                return false;
        }
        return true;
    }
}
