using System.CommandLine;
using System.CommandLine.Parsing;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// --messages nb|en: the language of errors, warnings and reports. Norwegian Bokmål is the default,
/// for the editors; English is for developers and for searching the web. --help follows it too.
/// </summary>
public static class MessagesOption
{
    public const string Name = "--messages";

    /// <summary>The option, as text ("nb", "en") so that help shows the default as it is written.</summary>
    public static Option<string> Create(MessageLanguage help = MessageLanguage.Nb)
    {
        var option = new Option<string>(Name)
        {
            Description = new LocalizedText("Language of errors, warnings, reports and this help: nb (Norwegian Bokmål) or en (English). Positions and codes are the same in both",
                "Språket i feilmeldinger, advarsler, rapporter og denne hjelpen: nb (norsk bokmål) eller en (engelsk). Posisjoner og koder er de samme på begge").In(help),
            HelpName = "nb|en",
            DefaultValueFactory = _ => "nb",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
                return; // not given: the default
            var text = result.Tokens[0].Value;
            // The language is what is wrong, so say it in both.
            if (!MessageLanguages.TryParse(text, out _))
                result.AddError($"{Name}: «{text}» er ikke et språk du kan velge – skriv nb (norsk bokmål) eller en (engelsk) / '{text}' is not a language; write nb (Norwegian Bokmål) or en (English)");
        });
        return option;
    }

    /// <summary>The language chosen on a command line that parsed.</summary>
    public static MessageLanguage Value(ParseResult parse, Option<string> option) =>
        MessageLanguages.TryParse(parse.GetValue(option), out var language) ? language : MessageLanguage.Nb;

    /// <summary>The language for a message about another option's value, while the command line is still being parsed.</summary>
    public static MessageLanguage LanguageOf(SymbolResult result, Option<string> option)
    {
        var found = result.GetResult(option);
        if (found is null || found.Tokens.Count == 0)
            return MessageLanguage.Nb;
        return MessageLanguages.TryParse(found.Tokens[0].Value, out var language) ? language : MessageLanguage.Nb;
    }

    /// <summary>
    /// The language asked for on a command line that may not parse (for the usage hint, or an
    /// internal error): the value after the last --messages, if it is one.
    /// </summary>
    public static MessageLanguage FromArgs(IReadOnlyList<string> args)
    {
        var language = MessageLanguage.Nb;
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == Name && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(Name + "=", StringComparison.Ordinal) || args[i].StartsWith(Name + ":", StringComparison.Ordinal) ? args[i][(Name.Length + 1)..]
                : null;
            if (value is not null && MessageLanguages.TryParse(value, out var chosen))
                language = chosen;
        }
        return language;
    }
}
