using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Yaml;

namespace SiteGen.Cms;

/// <summary>
/// The Decap CMS configuration (admin/config.yml), made from what SiteGen reads: the collections and
/// their fields follow the front matter, the deadline records and the file descriptions, the choices
/// come from site.yml, and every widget writes a value in the form SiteGen parses (dates as
/// YYYY-MM-DD or local YYYY-MM-DDTHH:MM, never UTC ISO strings).
/// </summary>
public static class CmsConfig
{
    public const string Header =
        "# Made by SiteGen from the content schema and input/site.yml on every build; edits here are overwritten.\n" +
        "# Decap CMS configuration reference: https://decapcms.org/docs/configuration-options/\n";

    /// <summary>Storage formats (Day.js) of the datetime widget: a calendar day, and a local time without offset.</summary>
    public const string DayFormat = "YYYY-MM-DD";
    public const string LocalTimeFormat = "HH:mm";

    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string DeadlineDatePattern = @"^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2})?)?$";
    public const string DurationPattern = @"^P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?)?)$";

    /// <param name="inputPath">The content folder relative to the repository root ("input"), as the CMS addresses files.</param>
    public static YamlMapping Build(SiteConfig site, CmsSettings cms, string inputPath)
    {
        var input = inputPath.Trim('/');
        var config = new YamlMapping
        {
            { "backend", Backend(cms) },
            { "local_backend", new YamlMapping { { "url", $"http://127.0.0.1:{cms.LocalPort}/api/v1" } } },
            { "locale", "nb_no" },
            { "site_url", site.BaseUrl.AbsoluteUri },
            { "display_url", site.BaseUrl.AbsoluteUri },
            { "publish_mode", "simple" },
            { "media_folder", $"{input}/files" },
            { "public_folder", "/files" },
            // File names from titles as SiteGen makes them: a-z, digits and hyphens ("Frist for svar" → frist-for-svar).
            { "slug", new YamlMapping { { "encoding", "ascii" }, { "clean_accents", true }, { "sanitize_replacement", "-" } } },
            { "collections", new object[] { News(site, input), Pages(site, input), Deadlines(site, input), Files(input) } },
        };
        return config;
    }

    public static string Write(SiteConfig site, CmsSettings cms, string inputPath) => YamlEmitter.Write(Build(site, cms, inputPath), Header);

    /// <summary>Commit messages in Norwegian, so the history reads like the rest of the project's.</summary>
    private static YamlMapping CommitMessages() => new()
    {
        { "create", "Ny {{collection}}: «{{slug}}» (nettredigering)" },
        { "update", "Endret {{collection}}: «{{slug}}» (nettredigering)" },
        { "delete", "Slettet {{collection}}: «{{slug}}» (nettredigering)" },
        { "uploadMedia", "Lastet opp «{{path}}» (nettredigering)" },
        { "deleteMedia", "Slettet «{{path}}» (nettredigering)" },
    };

    private static YamlMapping Backend(CmsSettings cms)
    {
        var backend = new YamlMapping();
        switch (cms.Backend)
        {
            case "github" or "gitlab":
                backend.Add("name", cms.Backend);
                backend.Add("repo", cms.Repo);
                backend.Add("branch", cms.Branch);
                if (cms.Backend == "gitlab")
                {
                    backend.Add("auth_type", "pkce"); // GitLab signs in without a server of the site's own
                    backend.Add("app_id", cms.AppId);
                    backend.Add("api_root", cms.ApiRoot);
                }
                backend.Add("base_url", cms.BaseUrl);
                backend.Add("auth_endpoint", cms.AuthEndpoint);
                break;
            default:
                // No host configured: the editor saves only through the local backend on the editor's machine.
                backend.Add("name", "proxy");
                backend.Add("proxy_url", $"http://127.0.0.1:{cms.LocalPort}/api/v1");
                backend.Add("branch", cms.Branch);
                break;
        }
        backend.Add("commit_messages", CommitMessages());
        return backend;
    }

    private static YamlMapping News(SiteConfig site, string input) => new()
    {
        { "name", "news" },
        { "label", "Nyheter" },
        { "label_singular", "nyhet" },
        { "description", "Sakene under «Aktuelt». Hver sak er en fil i " + input + "/news." },
        { "folder", $"{input}/news" },
        { "create", true },
        { "extension", "md" },
        { "format", "frontmatter" },
        { "slug", "{{slug}}" },
        { "identifier_field", "title" },
        { "summary", "{{title}} ({{date}})" },
        { "sortable_fields", new object[] { "date", "title" } },
        { "preview_path", "aktuelt/{{slug}}/" },
        { "fields", (object[])
            [
                Title(),
                Day("date", "Dato", "Datoen saken står med.", required: true, defaultNow: true),
                Summary(),
                Field("author", "Skrevet av", "string", "Valgfri: den som skrev saken.", required: false),
                Field("tags", "Stikkord", "list", "Ord som beskriver saken, skilt med komma.", required: false),
                new YamlMapping
                {
                    { "name", "deadlines" }, { "label", "Frister" }, { "widget", "relation" }, { "required", false },
                    { "hint", "Fristene saken handler om; de vises ved saken." },
                    { "collection", "deadlines" }, { "file", "deadlines" },
                    { "value_field", "deadlines.*.id" },
                    { "search_fields", new object[] { "deadlines.*.title", "deadlines.*.id" } },
                    { "display_fields", new object[] { "deadlines.*.title" } },
                    { "multiple", true },
                },
                .. Common(site),
                Body(),
            ]
        },
    };

    private static YamlMapping Pages(SiteConfig site, string input) => new()
    {
        { "name", "pages" },
        { "label", "Sider" },
        { "label_singular", "side" },
        { "description", "Faste sider som «Om prosjektet». index er forsidens innledning." },
        { "folder", $"{input}/pages" },
        { "create", true },
        { "extension", "md" },
        { "format", "frontmatter" },
        { "slug", "{{slug}}" },
        { "identifier_field", "title" },
        { "fields", (object[])
            [
                Title(),
                Summary(),
                new YamlMapping
                {
                    { "name", "menu" }, { "label", "Plass i menyen" }, { "widget", "number" }, { "value_type", "int" }, { "min", 0 }, { "required", false },
                    { "hint", "Rekkefølgen blant sidene (1 først)." },
                },
                .. Common(site),
                Pattern(Field("translation_of", "Oversettelse av", "string", "Adressen til siden denne oversetter, for eksempel /om-prosjektet/ (/ er forsiden).", required: false),
                    "^/([a-z0-9-]+/)*$", "Skriv en adresse på nettstedet som begynner og slutter med /"),
                Body(),
            ]
        },
    };

    /// <summary>Fields news items and pages share, in the order the editor meets them.</summary>
    private static IEnumerable<object> Common(SiteConfig site)
    {
        yield return new YamlMapping { { "name", "draft" }, { "label", "Kladd" }, { "widget", "boolean" }, { "default", false }, { "required", false },
            { "hint", "En kladd publiseres ikke." } };
        yield return LocalTime("publishDate", "Publiser fra", "Tom: publiseres med en gang. Norsk tid.");
        yield return LocalTime("expiryDate", "Vis til", "Tom: vises så lenge den finnes. Norsk tid.");
        yield return Pattern(Field("slug", "Adressenavn", "string", "Tom: laget av filnavnet. Små bokstaver a–z, tall og bindestrek.", required: false),
            SlugPattern, "Bare små bokstaver a–z, tall og bindestrek");
        yield return Field("aliases", "Gamle adresser", "list", "Adresser siden hadde før, for eksempel /gammel-side/; de sender leseren hit.", required: false);
        yield return new YamlMapping
        {
            { "name", "lang" }, { "label", "Språk" }, { "widget", "select" }, { "required", false },
            { "hint", $"Tom: {I18n.Languages.NameOf(site.Language)}." },
            { "options", I18n.Languages.All.Select(l => (object)new YamlMapping { { "label", l.Name }, { "value", l.Code } }).ToArray() },
        };
    }

    private static YamlMapping Deadlines(SiteConfig site, string input) => new()
    {
        { "name", "deadlines" },
        { "label", "Frister" },
        { "description", "Alle fristene, i kalenderen og på /frister/." },
        { "files", new object[]
            {
                new YamlMapping
                {
                    { "name", DeadlineParser.FileKey },
                    { "label", "Alle frister" },
                    { "file", $"{input}/data/deadlines.yml" },
                    { "format", "yml" },
                    { "fields", new object[]
                        {
                            new YamlMapping
                            {
                                { "name", DeadlineParser.FileKey }, { "label", "Frister" }, { "label_singular", "frist" }, { "widget", "list" },
                                { "summary", "{{fields.date}} – {{fields.title}}" },
                                { "fields", DeadlineFields(site).ToArray() },
                            },
                        }
                    },
                },
            }
        },
    };

    /// <summary>One field per key the deadline parser reads (<see cref="DeadlineParser.KnownKeys"/>), in that order.</summary>
    public static IEnumerable<object> DeadlineFields(SiteConfig site)
    {
        foreach (var key in DeadlineParser.KnownKeys)
            yield return DeadlineField(key, site);
    }

    private static YamlMapping DeadlineField(string key, SiteConfig site) => key switch
    {
        "id" => Pattern(Field("id", "Id", "string", "Fast navn i adresser og kalendere; endres aldri etter at fristen er publisert.", required: true),
            SlugPattern, "Bare små bokstaver a–z, tall og bindestrek"),
        "title" => Field("title", "Tittel", "string", null, required: true),
        "date" => Pattern(Field("date", "Dato", "string", "2022-12-02 (en dag), 2022-12-02T14:00 (norsk tid) eller 2023-06 (en hel måned).", required: true),
            DeadlineDatePattern, "Skriv 2022-12-02, 2022-12-02T14:00 eller 2023-06"),
        "end" => Pattern(Field("end", "Slutt", "string", "Valgfri: siste dag i en periode, for eksempel 2023-08.", required: false),
            DeadlineDatePattern, "Skriv 2023-08-31 eller 2023-08"),
        "audience" => site.Audiences.IsEmpty
            ? Field("audience", "Målgrupper", "list", "Navn fra «audiences» i site.yml.", required: false)
            : new YamlMapping
            {
                { "name", "audience" }, { "label", "Målgrupper" }, { "widget", "select" }, { "multiple", true }, { "required", false },
                { "options", site.Audiences.Select(a => (object)new YamlMapping { { "label", a.Value }, { "value", a.Key } }).ToArray() },
            },
        "description" => Field("description", "Beskrivelse", "text", "Hva som skal gjøres innen fristen (Markdown).", required: false),
        "link" => Pattern(Field("link", "Lenke", "string", "Valgfri: en side, nyhet eller fil på nettstedet (/aktuelt/sak/) eller https://…", required: false),
            "^(/|https?://)", "Begynn med / eller https://"),
        "status" => new YamlMapping
        {
            { "name", "status" }, { "label", "Avlyst" }, { "widget", "select" }, { "required", false },
            { "hint", "Velg «Avlyst» når fristen er avlyst; den står da som avlyst i kalenderne en tid." },
            { "options", new object[] { new YamlMapping { { "label", "Avlyst" }, { "value", "cancelled" } } } },
        },
        "reminders" => new YamlMapping
        {
            { "name", "reminders" }, { "label", "Påminnelser" }, { "widget", "list" }, { "required", false },
            { "hint", "Tom: standard fra site.yml. P7D er 7 dager før, PT2H 2 timer før." },
            { "field", Pattern(Field("reminder", "Påminnelse", "string", null, required: true), DurationPattern, "Skriv for eksempel P7D, P1D eller PT2H") },
        },
        _ => throw new InvalidOperationException($"the CMS has no field for the deadline key '{key}'; add one here"),
    };

    private static YamlMapping Files(string input) => new()
    {
        { "name", "files" },
        { "label", "Dokumenter" },
        { "label_singular", "dokument" },
        { "description", "Tittel og beskrivelse til PDF-ene i " + input + "/files (filen «navn.pdf.yml» ved siden av «navn.pdf»). Last opp selve PDF-en under «Medier»." },
        { "folder", $"{input}/files" },
        { "create", false },
        { "extension", "pdf.yml" },
        { "format", "yml" },
        { "identifier_field", "title" },
        { "fields", new object[]
            {
                Field("title", "Tittel", "string", "Brukes i stedet for tittelen i PDF-en.", required: false),
                Field("description", "Beskrivelse", "text", null, required: false),
                new YamlMapping
                {
                    { "name", "language" }, { "label", "Språk" }, { "widget", "select" }, { "required", false },
                    { "options", I18n.Languages.All.Select(l => (object)new YamlMapping { { "label", l.Name }, { "value", l.Code } }).ToArray() },
                },
                Day("date", "Dato", null, required: false, defaultNow: false),
            }
        },
    };

    private static YamlMapping Title() => Field("title", "Tittel", "string", null, required: true);

    private static YamlMapping Summary() => Field("summary", "Sammendrag", "string", "Én setning som vises i lister og søkemotorer.", required: false);

    private static YamlMapping Body() => Field("body", "Tekst", "markdown", "## gir en mellomtittel. Skriv lenketekster som sier hvor lenken går.", required: false);

    private static YamlMapping Field(string name, string label, string widget, string? hint, bool required) => new()
    {
        { "name", name }, { "label", label }, { "widget", widget }, { "required", required }, { "hint", hint },
    };

    private static YamlMapping Pattern(YamlMapping field, string regex, string message)
    {
        field.Add("pattern", new object[] { regex, message });
        return field;
    }

    /// <summary>A date picker that stores the calendar day only (2022-12-02).</summary>
    private static YamlMapping Day(string name, string label, string? hint, bool required, bool defaultNow)
    {
        var field = Field(name, label, "datetime", hint, required);
        field.Add("date_format", DayFormat);
        field.Add("time_format", false);
        if (defaultNow)
            field.Add("default", "{{now}}");
        return field;
    }

    /// <summary>A date and time picker that stores local time without offset (2022-12-02T14:00), read in the site's time zone.</summary>
    private static YamlMapping LocalTime(string name, string label, string hint)
    {
        var field = Field(name, label, "datetime", hint, required: false);
        field.Add("date_format", DayFormat);
        field.Add("time_format", LocalTimeFormat);
        return field;
    }
}
