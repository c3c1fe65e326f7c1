using System.CommandLine;
using SiteGen.Authoring;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Urls;
using SiteGen.Time;

namespace SiteGen.Cli;

/// <summary>'new news|page|deadline': start a piece of content with its front matter filled in.</summary>
public static class NewCommand
{
    public static Command Create(MessageLanguage help = MessageLanguage.Nb)
    {
        var command = new Command("new", new LocalizedText("Start a news item, a page or a deadline with the front matter filled in",
            "Lag en ny nyhet, side eller frist med feltene øverst ferdig utfylt").In(help));
        command.Add(News(help));
        command.Add(Page(help));
        command.Add(Deadline(help));
        return command;
    }

    private static Command News(MessageLanguage help)
    {
        var common = new CommonOptions(help);
        var title = Title(help, new LocalizedText("The title, in Norwegian; the file name is made from it (æ→ae, ø→o, å→a)",
            "Tittelen; filnavnet lages av den (æ→ae, ø→o, å→a)"));
        var command = new Command("news", new LocalizedText("Write input/news/<slug>.md dated today (in the site's time zone)",
            "Skriv input/news/<navn>.md, datert i dag (i nettstedets tidssone)").In(help)) { title, common.Input, common.Now, common.Messages };
        RequireTitle(command, title, common, "news", new LocalizedText("give the news item a title", "gi nyheten en tittel"), "Tittel på saken");
        command.SetAction(parse =>
        {
            var site = SiteSettings.Read(parse.GetValue(common.Input)!);
            return Report(parse, common, site is null ? Missing(parse.GetValue(common.Input)!) : ContentCreator.News(site.InputDir, parse.GetValue(title)!, site.Today(Clock.Now(parse.GetValue(common.Now)))));
        });
        return command;
    }

    private static Command Page(MessageLanguage help)
    {
        var common = new CommonOptions(help);
        var title = Title(help, new LocalizedText("The title, in Norwegian; the file name and address are made from it",
            "Tittelen; filnavnet og adressen lages av den"));
        var command = new Command("page", new LocalizedText("Write input/pages/<slug>.md", "Skriv input/pages/<navn>.md").In(help)) { title, common.Input, common.Messages };
        RequireTitle(command, title, common, "page", new LocalizedText("give the page a title", "gi siden en tittel"), "Om prosjektet");
        command.SetAction(parse =>
        {
            var site = SiteSettings.Read(parse.GetValue(common.Input)!);
            return Report(parse, common, site is null ? Missing(parse.GetValue(common.Input)!) : ContentCreator.Page(site.InputDir, parse.GetValue(title)!));
        });
        return command;
    }

    private static Command Deadline(MessageLanguage help)
    {
        var common = new CommonOptions(help);
        var title = Title(help, new LocalizedText("The deadline's title; the id is made from it unless --id is given",
            "Fristens tittel; id-en lages av den hvis du ikke oppgir --id"));
        var id = new Option<string?>("--id")
        {
            Description = new LocalizedText("The deadline's id (lower-case letters, digits and hyphens)", "Fristens id (små bokstaver, tall og bindestrek)").In(help),
        };
        var date = new Option<string?>("--date")
        {
            Description = new LocalizedText("The deadline's date (YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM); default today",
                "Fristens dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM-DDTTT:MM eller ÅÅÅÅ-MM); standard i dag").In(help),
            HelpName = help == MessageLanguage.En ? "date" : "dato",
        };
        var command = new Command("deadline", new LocalizedText($"Add a deadline, with comments on every field, at the end of input/{ContentCreator.DeadlinesFile}",
            $"Legg til en frist, med en forklaring til hvert felt, nederst i input/{ContentCreator.DeadlinesFile}").In(help)) { title, id, date, common.Input, common.Now, common.Messages };
        command.Validators.Add(result =>
        {
            var language = MessagesOption.LanguageOf(result, common.Messages);
            // The id is made from the title and never changes once published, so a deadline is not started without one of them.
            if (string.IsNullOrWhiteSpace(result.GetValue(title)) && string.IsNullOrWhiteSpace(result.GetValue(id)))
                result.AddError(new LocalizedText($"give the deadline a title: {CommandLine.CommandName} new deadline \"Svarfrist for ...\" (or an --id)",
                    $"gi fristen en tittel: {CommandLine.CommandName} new deadline \"Svarfrist for ...\" (eller en --id)").In(language));
            if (result.GetValue(date) is { } text && (DateTextParser.Parse(text, allowMonth: true, out var error) is null))
                result.AddError($"--date: {error!.In(language)}");
        });
        command.SetAction(parse =>
        {
            var site = SiteSettings.Read(parse.GetValue(common.Input)!);
            if (site is null)
                return Report(parse, common, Missing(parse.GetValue(common.Input)!));
            var name = parse.GetValue(title)?.Trim();
            var deadlineId = parse.GetValue(id)?.Trim() ?? Slugs.FromTitle(name!);
            var day = parse.GetValue(date)?.Trim() ?? ContentTemplates.Iso(site.Today(Clock.Now(parse.GetValue(common.Now))));
            return Report(parse, common, ContentCreator.Deadline(site.InputDir, deadlineId, string.IsNullOrEmpty(name) ? "Ny frist" : name, day, site.Audiences));
        });
        return command;
    }

    // Optional to the parser, so that a missing title gets our message (in the chosen language) and not System.CommandLine's English one.
    private static Argument<string?> Title(MessageLanguage help, LocalizedText description) => new("title")
    {
        Description = description.In(help),
        HelpName = help == MessageLanguage.En ? "title" : "tittel",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static void RequireTitle(Command command, Argument<string?> title, CommonOptions common, string kind, LocalizedText what, string example)
    {
        HelpLayout.ShowAsRequired(title);
        command.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValue(title)))
                result.AddError((what + new LocalizedText($": {CommandLine.CommandName} new {kind} \"{example}\"", $": {CommandLine.CommandName} new {kind} \"{example}\""))
                    .In(MessagesOption.LanguageOf(result, common.Messages)));
        });
    }

    /// <summary>The message for an input folder that is not there (also 'serve's).</summary>
    public static LocalizedText MissingInput(string inputDir) => new(
        $"the input folder '{inputDir}' does not exist; run this in the site's folder or give --input",
        $"innholdsmappen «{inputDir}» finnes ikke – kjør kommandoen i nettstedets mappe, eller oppgi mappen med --input");

    private static CreateResult Missing(string inputDir) => new(null, 0, MissingInput(inputDir));

    private static int Report(ParseResult parse, CommonOptions common, CreateResult result)
    {
        if (result.Error is not null)
        {
            parse.InvocationConfiguration.Error.WriteLine($"sitegen: {result.Error.In(common.Language(parse))}");
            return ExitCodes.ContentErrors;
        }
        parse.InvocationConfiguration.Output.WriteLine(result.Line > 1 ? $"{result.Path}({result.Line},1)" : result.Path);
        return ExitCodes.Success;
    }
}
