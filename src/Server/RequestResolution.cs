namespace SiteGen.Server;

public enum RequestOutcome
{
    /// <summary>A file of the site: <see cref="RequestResolution.FilePath"/>.</summary>
    File,
    /// <summary>Send the browser on to <see cref="RequestResolution.Location"/> (a folder without its '/', or the base path).</summary>
    Redirect,
    /// <summary>Inside the site, but no such file: the site's 404 page.</summary>
    NotFound,
    /// <summary>A path that tries to leave the site or cannot name a file in it.</summary>
    BadRequest,
}

/// <summary>What a request path means for the site being served.</summary>
public sealed record RequestResolution(RequestOutcome Outcome, string? FilePath = null, string? Location = null)
{
    public static readonly RequestResolution NotFound = new(RequestOutcome.NotFound);
    public static readonly RequestResolution BadRequest = new(RequestOutcome.BadRequest);
}
