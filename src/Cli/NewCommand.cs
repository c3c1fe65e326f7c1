using System.CommandLine;
using SiteGen.Authoring;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>'new news|page|deadline': start a piece of content with its front matter filled in.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Start a news item, a page or a deadline with the front matter filled in");
        command.Add(News());
        command.Add(Page());
        command.Add(Deadline());
        return command;
    }

    private static Command News()
    {
        var common = new CommonOptions();
        var title = new Argument<string>("title") { Description = "The title, in Norwegian; the file name is made from it (æ→ae, ø→o, å→a)" };
        var command = new Command("news", "Write input/news/<slug>.md dated today (in the site's time zone)") { title, common.Input, common.Now, common.Messages };
        command.SetAction(parse =>
        {
            var site = SiteSettings.Read(parse.GetValue(common.Input)!);
            return Report(parse, common, site is null ? Missing(parse.GetValue(common.Input)!) : ContentCreator.News(site.InputDir, parse.GetValue(title)!, site.Today(Clock.Now(parse.GetValue(common.Now)))));
        });
        return command;
    }

    private static Command Page()
    {
        var common = new CommonOptions();
        var title = new Argument<string>("title") { Description = "The title, in Norwegian; the file name and address are made from it" };
        var command = new Command("page", "Write input/pages/<slug>.md") { title, common.Input, common.Messages };
        command.SetAction(parse =>
        {
            var site = SiteSettings.Read(parse.GetValue(common.Input)!);
            return Report(parse, common, site is null ? Missing(parse.GetValue(common.Input)!) : ContentCreator.Page(site.InputDir, parse.GetValue(title)!));
        });
        return command;
    }

    private static Command Deadline()
    {
        var common = new CommonOptions();
        var title = new Argument<string?>("title") { Description = "The deadline's title; the id is made from it unless --id is given", Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--id") { Description = "The deadline's id (lower-case letters, digits and hyphens)" };
        var date = new Option<string?>("--date") { Description = "The deadline's date (YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM); default today" };
        var command = new Command("deadline", $"Add a deadline, with comments on every field, at the end of input/{ContentCreator.DeadlinesFile}") { title, id, date, common.Input, common.Now, common.Messages };
        command.Validators.Add(result =>
        {
            var language = MessagesOption.LanguageOf(result, common.Messages);
            if (string.IsNullOrWhiteSpace(result.GetValue(title)) && string.IsNullOrWhiteSpace(result.GetValue(id)))
                result.AddError(new LocalizedText("give the deadline a title (new deadline \"Svarfrist for ...\") or an --id",
                    "gi fristen en tittel (new deadline \"Svarfrist for ...\") eller en --id").In(language));
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
