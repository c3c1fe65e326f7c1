using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// --help in Norwegian. The descriptions are set in each command's language; System.CommandLine has
/// no Norwegian for its own headings ("Usage:", "Options:", "[default: …]") and keeps its help
/// formatter internal, so in Norwegian the help is written here, in the same layout. With
/// --messages en the library's own help is kept.
/// </summary>
public static class HelpLayout
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Argument, object> Required = [];

    /// <summary>
    /// An argument optional to the parser (so that our validator, not System.CommandLine, says it is
    /// missing) that the usage line shows as required, without brackets.
    /// </summary>
    public static void ShowAsRequired(Argument argument) => Required.AddOrUpdate(argument, true);

    private static bool Optional(Argument argument) => argument.Arity.MinimumNumberOfValues == 0 && !Required.TryGetValue(argument, out _);

    public static void Apply(RootCommand root, MessageLanguage language)
    {
        if (language == MessageLanguage.En)
            return;
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = "Vis denne hjelpen";
                help.Action = new NorwegianHelp();
            }
            else if (option is VersionOption version)
            {
                version.Description = "Vis versjonsnummeret";
            }
        }
    }

    private sealed class NorwegianHelp : SynchronousCommandLineAction
    {
        // Like the library's help: shown even when the rest of the command line is incomplete.
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return ExitCodes.Success;
        }
    }

    public static void Write(Command command, TextWriter output)
    {
        var sections = new List<(string Heading, List<(string, string)> Rows)>();
        if (!string.IsNullOrWhiteSpace(command.Description))
            sections.Add(("Beskrivelse:", [(command.Description, "")]));
        sections.Add(("Bruk:", [(Usage(command), "")]));
        sections.Add(("Argumenter:", [.. command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{Label(a)}>", a.Description ?? ""))]));
        sections.Add(("Valg:", [.. AllOptions(command).Select(o => (OptionLabel(o), OptionText(o)))]));
        sections.Add(("Kommandoer:", [.. command.Subcommands.Where(c => !c.Hidden).Select(c => (CommandLabel(c), c.Description ?? ""))]));
        foreach (var (heading, rows) in sections.Where(s => s.Rows.Count > 0))
        {
            output.WriteLine(heading);
            var width = rows.Max(r => r.Item1.Length) + 2;
            foreach (var (first, second) in rows)
                output.WriteLine(("  " + (second.Length == 0 ? first : first.PadRight(width) + second)).TrimEnd());
            output.WriteLine();
        }
    }

    private static string Label(Argument argument) => argument.HelpName ?? argument.Name;

    private static string Usage(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
            names.Insert(0, c is RootCommand ? CommandLine.CommandName : c.Name);
        var usage = string.Join(' ', names);
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
            usage += Optional(argument) ? $" [<{Label(argument)}>]" : $" <{Label(argument)}>";
        if (command.Subcommands.Any(c => !c.Hidden))
            usage += " [kommando]";
        if (AllOptions(command).Any())
            usage += " [valg]";
        return usage;
    }

    private static string CommandLabel(Command command) =>
        string.Join(' ', [command.Name, .. command.Arguments.Where(a => !a.Hidden).Select(a => Optional(a) ? $"[<{Label(a)}>]" : $"<{Label(a)}>")]);

    // The command's own options and the ones its parents give every subcommand (--help).
    private static List<Option> AllOptions(Command command)
    {
        var options = command.Options.Where(o => !o.Hidden).ToList();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            options.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        return options;
    }

    // "-i, --input <mappe>", as System.CommandLine writes it: short names first; flags take no value.
    private static string OptionLabel(Option option)
    {
        var names = string.Join(", ", option.Aliases.Append(option.Name).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        var takesValue = option.ValueType != typeof(bool) && option.ValueType != typeof(bool?) && option is not HelpOption and not VersionOption;
        return takesValue ? $"{names} <{option.HelpName ?? option.Name.TrimStart('-')}>" : names;
    }

    private static string OptionText(Option option)
    {
        var text = option.Description ?? "";
        if (option.Required)
            text += " (må oppgis)";
        if (option.HasDefaultValue && option.GetDefaultValue() is { } value && value is not false && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } shown)
            text += $" [standard: {shown}]";
        return text;
    }
}
