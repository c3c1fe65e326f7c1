using SiteGen.Content;
using System.CommandLine;
using System.CommandLine.Parsing;
using SiteGen.Diagnostics;
using SiteGen.Time;

namespace SiteGen.Cli;

/// <summary>Options shared by the commands that build the site, described in the language of --help.</summary>
public sealed class CommonOptions
{
    public Option<string> Input { get; }
    public Option<string> Theme { get; }
    public Option<string?> BaseUrl { get; }
    public Option<bool> Drafts { get; }
    public Option<DateTimeOffset?> Now { get; }
    public Option<string> Messages { get; }

    public CommonOptions(MessageLanguage help = MessageLanguage.Nb)
    {
        Input = new("--input", "-i")
        {
            Description = new LocalizedText("Folder with the site's content", "Mappen med innholdet (tekstene, fristene og filene)").In(help),
            HelpName = help == MessageLanguage.En ? "folder" : "mappe",
            DefaultValueFactory = _ => "input",
        };
        Theme = new("--theme")
        {
            Description = new LocalizedText("Folder with the theme (templates/, static/)", "Mappen med utseendet (templates/, static/)").In(help),
            HelpName = help == MessageLanguage.En ? "folder" : "mappe",
            DefaultValueFactory = _ => "theme",
        };
        BaseUrl = new("--base-url")
        {
            Description = new LocalizedText("Address the site is published at; overrides base_url in site.yml (default: $SITEGEN_BASE_URL when set)",
                "Adressen nettstedet publiseres på; gjelder i stedet for base_url i site.yml (standard: $SITEGEN_BASE_URL når den er satt)").In(help),
            HelpName = help == MessageLanguage.En ? "url" : "adresse",
            // CI sets the variable, so the publish workflows run exactly the command in the README.
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SITEGEN_BASE_URL") is { Length: > 0 } url ? url : null,
        };
        Drafts = new("--drafts") { Description = new LocalizedText("Include items marked 'draft: true'", "Ta med kladder (draft: true)").In(help) };
        Now = new("--now")
        {
            Description = new LocalizedText("Build as if it were this date/time (YYYY-MM-DD or YYYY-MM-DDTHH:MM, UTC unless an offset is given); default SOURCE_DATE_EPOCH, else the clock",
                "Bygg som om det var denne datoen (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTTT:MM, UTC om ikke annet er oppgitt); standard SOURCE_DATE_EPOCH, ellers klokken").In(help),
            HelpName = help == MessageLanguage.En ? "date" : "dato",
            CustomParser = ParseNow,
        };
        Messages = MessagesOption.Create(help);
    }

    public void AddTo(Command command)
    {
        command.Add(Input);
        command.Add(Theme);
        command.Add(BaseUrl);
        command.Add(Drafts);
        command.Add(Now);
        command.Add(Messages);
    }

    /// <summary>The language chosen with --messages (Norwegian unless told otherwise).</summary>
    public MessageLanguage Language(ParseResult parse) => MessagesOption.Value(parse, Messages);

    public BuildOptions ToBuildOptions(ParseResult parse) => new(
        parse.GetValue(Input)!,
        parse.GetValue(Theme)!,
        Clock.Now(parse.GetValue(Now)),
        parse.GetValue(BaseUrl),
        parse.GetValue(Drafts),
        CmsBundleDir: CmsBundleDir());

    /// <summary>
    /// The installed web editor: $SITEGEN_CMS_DIR when set (a warning if it has no bundle), else where tests/run.sh and
    /// the workflows install it when it is there; null when it is not (build then prints a notice).
    /// </summary>
    public static string? CmsBundleDir() =>
        Environment.GetEnvironmentVariable("SITEGEN_CMS_DIR") is { Length: > 0 } dir ? dir
        : File.Exists(Path.Combine(Cms.CmsBundle.DefaultDir, Cms.CmsBundle.Script)) ? Cms.CmsBundle.DefaultDir
        : null;

    private DateTimeOffset? ParseNow(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var value = Clock.Parse(text);
        if (value is null)
            result.AddError((Clock.ParseAnyYear(text) is null
                ? new LocalizedText($"--now: '{text}' is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                    $"--now: «{text}» er ikke en dato – skriv 2022-12-02 eller 2022-12-02T14:00")
                : new LocalizedText($"--now: '{text}' is outside the years SiteGen supports ({DateTextParser.MinYear}–{DateTextParser.MaxYear})",
                    $"--now: «{text}» ligger utenfor årene SiteGen kan bruke ({DateTextParser.MinYear}–{DateTextParser.MaxYear}) – sjekk årstallet")).In(MessagesOption.LanguageOf(result, Messages)));
        return value;
    }
}
