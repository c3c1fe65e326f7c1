using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// System.CommandLine's own complaints are English (it has no Norwegian texts); the ones an editor
/// meets are said again in Norwegian. Others, and every message with --messages en, pass as they are.
/// </summary>
public static partial class ParseErrorText
{
    public static string In(string message, MessageLanguage language)
    {
        if (language == MessageLanguage.En)
            return message;
        if (Unrecognized().Match(message) is { Success: true } unknown)
            return $"«{unknown.Groups[1].Value}» er ikke en kommando eller et valg SiteGen kjenner – sjekk stavemåten";
        if (OptionWithoutValue().Match(message) is { Success: true } option)
            return $"etter {option.Groups[1].Value} må det stå en verdi";
        if (ArgumentMissing().Match(message) is { Success: true } argument)
            return $"kommandoen {argument.Groups[2].Value} mangler «{argument.Groups[1].Value}»";
        if (TooManyValues().Match(message) is { Success: true } many)
            return $"{many.Groups[1].Value} tar bare én verdi, men fikk {many.Groups[2].Value} – sett anførselstegn rundt en verdi med mellomrom";
        if (message == "Required command was not provided.")
            return "skriv hva SiteGen skal gjøre, for eksempel check, build, serve eller new";
        return message;
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$")]
    private static partial Regex OptionWithoutValue();

    [GeneratedRegex(@"^Required argument '(.*)' missing for command: '(.*)'\.$")]
    private static partial Regex ArgumentMissing();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$")]
    private static partial Regex TooManyValues();
}
