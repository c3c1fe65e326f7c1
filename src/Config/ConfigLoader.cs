using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.I18n;
using SiteGen.Sources;
using SiteGen.Urls;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Config;

/// <summary>Reads input/site.yml into a <see cref="SiteConfig"/>; every problem becomes a positioned diagnostic.</summary>
public static partial class ConfigLoader
{
    /// <summary>Ten years: a cancelled deadline stays in calendars long enough for anyone to see it, and the sum stays inside the supported dates.</summary>
    public const int MaxKeepCancelledDays = 3650;

    /// <summary>More on one page than anyone scrolls; the bound keeps pagination arithmetic trivially safe.</summary>
    public const int MaxNewsPerPage = 1000;

    public static SiteConfig? Load(SourceFile? file, string? baseUrlOverride, string inputDisplay, DiagnosticBag diagnostics)
    {
        if (file is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingFile,
                en: $"{inputDisplay}/site.yml is missing; it holds the site's title, base_url and language",
                nb: $"{inputDisplay}/site.yml mangler – den har nettstedets tittel, adresse (base_url) og språk; kjør kommandoen i nettstedets mappe, eller oppgi innholdsmappen med --input",
                null);
            return null;
        }
        var text = TextDecoder.Decode(file, diagnostics);
        if (text is null)
            return null;
        var source = new YamlSource(file.DisplayPath, 1);
        var yamlErrors = new DiagnosticBag();
        var node = source.Parse(text, yamlErrors);
        foreach (var error in yamlErrors.ToImmutable())
            diagnostics.Add(error);
        if (yamlErrors.HasErrors)
            return null; // the syntax error says it all; "site.yml must be key: value lines" would only repeat it
        var map = YamlMap.From(source, node, diagnostics, new("site.yml", "site.yml"));
        if (map is null)
            return null;
        KeySpelling.WarnAboutMisspelledKeys(map, KnownKeys, KeySpelling.SiteSynonyms, new("site.yml", "site.yml"));

        var title = map.String("title", required: true);
        var baseUrl = ReadBaseUrl(map, baseUrlOverride);
        var timeZone = ReadTimeZone(map);
        var newsPerPage = map.Int("news_per_page") ?? 10;
        if (newsPerPage < 1)
            diagnostics.Error(DiagnosticCodes.InvalidConfig, en: "'news_per_page' must be 1 or more",
                nb: "«news_per_page» må være 1 eller mer", map.LocationOf("news_per_page"));
        var keepCancelled = map.Int("keep_cancelled_days") ?? 90;
        if (keepCancelled is < 0 or > MaxKeepCancelledDays)
        {
            diagnostics.Error(DiagnosticCodes.InvalidConfig, en: $"'keep_cancelled_days' must be between 0 and {MaxKeepCancelledDays} (ten years)",
                nb: $"«keep_cancelled_days» må være et tall fra 0 til {MaxKeepCancelledDays} (ti år) – for eksempel 90", map.LocationOf("keep_cancelled_days"));
            keepCancelled = 90;
        }
        if (newsPerPage > MaxNewsPerPage)
            diagnostics.Error(DiagnosticCodes.InvalidConfig, en: $"'news_per_page' must be at most {MaxNewsPerPage}",
                nb: $"«news_per_page» kan være høyst {MaxNewsPerPage} – for eksempel 10", map.LocationOf("news_per_page"));
        var config = new SiteConfig(
            Title: title ?? "",
            Subtitle: map.String("subtitle"),
            Description: map.String("description") ?? "",
            BaseUrl: baseUrl ?? new Uri("http://localhost/"),
            Language: LanguageParser.Read(map, "language") ?? "nb",
            TimeZone: timeZone ?? TimeZoneInfo.Utc,
            Owner: map.String("owner") ?? "",
            NewsPerPage: Math.Clamp(newsPerPage, 1, MaxNewsPerPage),
            Menu: ReadMenu(map),
            Audiences: ReadAudiences(map),
            DefaultReminders: DeadlineParser.ReadReminders(map, "deadline_reminders") ?? [TimeSpan.FromDays(7), TimeSpan.FromDays(1)],
            KeepCancelledDays: keepCancelled,
            AccessibilityStatementUrl: map.String("accessibility_statement"),
            AllowedOrigins: [.. map.Strings("allowed_origins").Select(o => o.Value.TrimEnd('/'))],
            Params: map.ToPlain())
        {
            Languages = ReadLanguages(map),
            UidDomainSetting = ReadUidDomain(map),
        };
        return title is null || baseUrl is null || timeZone is null ? null : config;
    }

    /// <summary>Settings to check content against while site.yml cannot be read: no audiences (checked once it can), the defaults otherwise.</summary>
    public static SiteConfig Neutral { get; } = new(
        Title: "", Subtitle: null, Description: "", BaseUrl: new Uri("http://localhost/"), Language: "nb",
        TimeZone: FindZone("Europe/Oslo") ?? TimeZoneInfo.Utc, Owner: "", NewsPerPage: 10, Menu: [], Audiences: [],
        DefaultReminders: [TimeSpan.FromDays(7), TimeSpan.FromDays(1)], KeepCancelledDays: 90, AccessibilityStatementUrl: null,
        AllowedOrigins: [], Params: ImmutableSortedDictionary<string, object?>.Empty);

    private static TimeZoneInfo? FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The keys site.yml can have; any other is kept for templates as site.params.</summary>
    public static readonly IReadOnlyCollection<string> KnownKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "subtitle", "description", "base_url", "language", "time_zone", "owner", "news_per_page", "audiences", "menu",
        "deadline_reminders", "keep_cancelled_days", "accessibility_statement", "allowed_origins", "languages",
    };

    private static Uri? ReadBaseUrl(YamlMap map, string? overrideUrl)
    {
        var text = overrideUrl ?? map.String("base_url", required: true);
        if (text is null)
            return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        var where = overrideUrl is null ? map.LocationOf("base_url") : null;
        map.Diagnostics.Error(DiagnosticCodes.InvalidConfig,
            en: $"the base URL must be a full https:// address such as https://example.no/prosjekt/, found '{text}'",
            nb: $"adressen til nettstedet (base_url) må være en hel https://-adresse som https://example.no/prosjekt/, men er «{text}»",
            where);
        return null;
    }

    /// <summary>'uid_domain: grenselose.example.no': a DNS-like name, as calendar apps expect after the '@' of a UID.</summary>
    private static string? ReadUidDomain(YamlMap map)
    {
        var text = map.String("uid_domain")?.Trim().ToLowerInvariant();
        if (text is null)
            return null;
        if (UidDomainPattern().IsMatch(text))
            return text;
        map.Diagnostics.Error(DiagnosticCodes.InvalidConfig,
            en: $"'uid_domain' must be a domain name such as grenselose.example.no (letters a-z, digits, '-' and '.'), found '{text}'",
            nb: $"«uid_domain» må være et domenenavn som grenselose.example.no (bokstavene a–z, tall, «-» og «.»), men er «{text}»",
            map.LocationOf("uid_domain"));
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")]
    private static partial System.Text.RegularExpressions.Regex UidDomainPattern();

    private static TimeZoneInfo? ReadTimeZone(YamlMap map)
    {
        var id = map.String("time_zone")?.Trim() ?? "Europe/Oslo";
        if (TimeZones.Find(id) is { } zone)
            return zone;
        var hint = TimeZones.Suggest(id);
        map.Diagnostics.Error(DiagnosticCodes.InvalidConfig,
            en: $"'{id}' is not a time zone of the IANA tz database; write its full name, such as {hint}",
            nb: $"«{id}» er ikke en tidssone i IANAs tidssonedatabase – skriv hele navnet, for eksempel {hint}", map.LocationOf("time_zone"));
        return null;
    }

    private static ImmutableArray<MenuItem> ReadMenu(YamlMap map)
    {
        if (map.ValueNode("menu") is not YamlSequenceNode list)
        {
            if (map.Has("menu"))
                map.Diagnostics.Error(DiagnosticCodes.WrongType, en: "'menu' must be a list of entries with 'title' and 'url'",
                    nb: "«menu» må være en liste med menypunkter, hvert med «title» og «url»", map.LocationOf("menu"));
            return [];
        }
        var items = ImmutableArray.CreateBuilder<MenuItem>();
        foreach (var node in list.Children)
        {
            var entry = YamlMap.From(map.Source, node, map.Diagnostics, new("each menu entry", "hvert menypunkt"));
            var title = entry?.String("title", required: true);
            var url = entry?.String("url", required: true);
            if (title is not null && url is not null)
                items.Add(new MenuItem(title, url));
        }
        return items.ToImmutable();
    }

    /// <summary>'languages: { en: { description: …, menu: [...] } }'; every key must be a known language code.</summary>
    private static ImmutableSortedDictionary<string, LanguageSettings> ReadLanguages(YamlMap map)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, LanguageSettings>(StringComparer.Ordinal);
        if (!map.Has("languages"))
            return result.ToImmutable();
        var languages = YamlMap.From(map.Source, map.ValueNode("languages"), map.Diagnostics, new("'languages'", "«languages»"));
        foreach (var code in languages?.Keys ?? [])
        {
            if (!I18n.Languages.IsKnown(code))
            {
                map.Diagnostics.Error(DiagnosticCodes.UnknownLanguage,
                    en: $"unknown language code '{code}' under 'languages'; use one of: {I18n.Languages.KnownCodes}",
                    nb: $"ukjent språkkode «{code}» under «languages:» – bruk en av disse: {I18n.Languages.KnownCodes}",
                    languages!.KeyLocation(code));
                continue;
            }
            var settings = YamlMap.From(map.Source, languages!.ValueNode(code), map.Diagnostics, new($"'languages: {code}'", $"«languages: {code}»"));
            if (settings is not null)
                result[code] = new LanguageSettings(settings.String("description"), settings.Has("menu") ? ReadMenu(settings) : null);
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<KeyValuePair<string, string>> ReadAudiences(YamlMap map)
    {
        if (!map.Has("audiences"))
            return [];
        var audiences = YamlMap.From(map.Source, map.ValueNode("audiences"), map.Diagnostics, new("'audiences'", "«audiences»"));
        if (audiences is null)
            return [];
        foreach (var id in audiences.Keys.Where(k => !Slugs.IsValid(k)))
            map.Diagnostics.Error(DiagnosticCodes.InvalidSlug,
                en: $"audience ids are used in addresses, so they must be lower-case letters a-z, digits and hyphens, found '{id}'",
                nb: $"navnene på målgruppene brukes i adresser og kan bare ha små bokstaver a–z, tall og bindestrek, men er «{id}» – skriv for eksempel «{Slugs.FromTitle(id)}»",
                audiences.KeyLocation(id));
        foreach (var id in audiences.Keys.Where(Slugs.IsValid))
        {
            if (Slugs.TooLong(id, new("the audience id", "navnet på målgruppen")) is { } tooLong)
                map.Diagnostics.Error(DiagnosticCodes.InvalidSlug, tooLong, audiences.KeyLocation(id));
        }
        return [.. audiences.Keys.Select(k => KeyValuePair.Create(k, audiences.String(k) ?? k))];
    }
}
