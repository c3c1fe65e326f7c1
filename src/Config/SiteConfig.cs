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

    /// <summary>site.yml 'uid_domain': what calendar UIDs end in ("id@domain"); null for the default, <see cref="UidDomain"/>.</summary>
    public string? UidDomainSetting { get; init; }

    /// <summary>
    /// The domain part of calendar UIDs: 'uid_domain' from site.yml, else the host, with the base
    /// path's folders in front when the site lives under one ("grenselose.user.github.io" for
    /// https://user.github.io/grenselose/), so two sites on one host never share UIDs. A site at
    /// the root of its host keeps the plain host, which is what its published UIDs already use.
    /// </summary>
    public string UidDomain => UidDomainSetting ?? DefaultUidDomain(BaseUrl);

    public static string DefaultUidDomain(Uri baseUrl)
    {
        var folders = baseUrl.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => Urls.Slugs.FromTitle(Uri.UnescapeDataString(f)))
            .Where(f => f.Length > 0)
            .Reverse();
        return string.Join('.', folders.Append(baseUrl.Host.ToLowerInvariant()));
    }

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

    /// <summary>A link as a page writes it: a site path under the base path, any other link as it is.</summary>
    public string Href(string url) => Urls.SitePaths.IsSitePath(url) ? Url(url) : url;

    /// <summary>A site path as a full address, for feeds, calendars and canonical links.</summary>
    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, Url(sitePath)).AbsoluteUri;
}
