using System.Collections.Immutable;

namespace SiteGen.Config;

/// <summary>input/site.yml: the site's identity and settings.</summary>
public sealed record SiteConfig(
    string Title,
    string? Subtitle,
    string Description,
    Uri BaseUrl,
    string Language,
    TimeZoneInfo TimeZone,
    string Owner,
    int NewsPerPage,
    ImmutableArray<MenuItem> Menu,
    ImmutableArray<KeyValuePair<string, string>> Audiences,
    ImmutableArray<TimeSpan> DefaultReminders,
    int KeepCancelledDays,
    string? AccessibilityStatementUrl,
    ImmutableArray<string> AllowedOrigins,
    ImmutableSortedDictionary<string, object?> Params)
{
    /// <summary>The path the site lives under, always ending in '/': "/" or "/grenselose/".</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>Host used in calendar UIDs; stable as long as the site keeps its address.</summary>
    public string Host => BaseUrl.Host;

    public string? AudienceLabel(string id) => Audiences.FirstOrDefault(a => a.Key == id).Value;

    /// <summary>A site path ("/aktuelt/") as a URL under the base path.</summary>
    public string Url(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>A site path as a full address, for feeds, calendars and canonical links.</summary>
    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, Url(sitePath)).AbsoluteUri;
}
