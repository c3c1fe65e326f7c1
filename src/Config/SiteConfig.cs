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

    /// <summary>site.yml 'languages:': menus and descriptions for pages in other languages, by language code.</summary>
    public ImmutableSortedDictionary<string, LanguageSettings> Languages { get; init; } =
        ImmutableSortedDictionary.Create<string, LanguageSettings>(StringComparer.Ordinal);

    /// <summary>The menu of pages in a language: its own from 'languages:', else the main menu.</summary>
    public ImmutableArray<MenuItem> MenuFor(string language) =>
        Languages.TryGetValue(language, out var settings) && settings.Menu is { } menu ? menu : Menu;

    /// <summary>True when the language has its own menu; otherwise its pages show the main menu, in the site's language.</summary>
    public bool HasOwnMenu(string language) => language == Language || Languages.TryGetValue(language, out var s) && s.Menu is not null;

    /// <summary>The description for pages in a language that have no summary of their own.</summary>
    public string DescriptionFor(string language) =>
        Languages.TryGetValue(language, out var settings) && settings.Description is { } description ? description : Description;

    public string? AudienceLabel(string id) => Audiences.FirstOrDefault(a => a.Key == id).Value;

    /// <summary>A site path ("/aktuelt/") as a URL under the base path.</summary>
    public string Url(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>A site path as a full address, for feeds, calendars and canonical links.</summary>
    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, Url(sitePath)).AbsoluteUri;
}
