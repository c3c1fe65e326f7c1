using SiteGen.Content;
using System.CommandLine;
using System.CommandLine.Parsing;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Options shared by the commands that build the site.</summary>
public sealed class CommonOptions
{
    public Option<string> Input { get; } = new("--input", "-i") { Description = "Folder with the site's content", DefaultValueFactory = _ => "input" };
    public Option<string> Theme { get; } = new("--theme") { Description = "Folder with the theme (templates/, static/)", DefaultValueFactory = _ => "theme" };
    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "Address the site is published at; overrides base_url in site.yml (default: $SITEGEN_BASE_URL when set)",
        // CI sets the variable, so the publish workflows run exactly the command in the README.
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SITEGEN_BASE_URL") is { Length: > 0 } url ? url : null,
    };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include items marked 'draft: true'" };
    public Option<DateTimeOffset?> Now { get; }
    public Option<string> Messages { get; } = MessagesOption.Create();

    public CommonOptions()
    {
        Now = new("--now")
        {
            Description = "Build as if it were this date/time (YYYY-MM-DD or YYYY-MM-DDTHH:MM, UTC unless an offset is given); default SOURCE_DATE_EPOCH, else the clock",
            CustomParser = ParseNow,
        };
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
        parse.GetValue(Drafts));

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
