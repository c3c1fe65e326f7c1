namespace SiteGen.Rendering.Views;

/// <summary>
/// A calendar feed with the links each calendar app needs: <c>url</c> (https, to copy),
/// <c>webcal_url</c> (subscribe in Apple Calendar, Outlook for desktop, Thunderbird),
/// <c>google_url</c> and <c>outlook_url</c>/<c>office365_url</c> (add by URL on the web).
/// </summary>
public sealed record FeedView(string Title, string? AudienceId, string Url, string WebcalUrl, string GoogleUrl, string OutlookUrl, string Office365Url);
