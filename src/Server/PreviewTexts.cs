using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Site;
using static SiteGen.Diagnostics.Counts;
using SiteGen.Time;

namespace SiteGen.Server;

/// <summary>
/// Every text of the preview's panel, in both message languages (<c>--messages nb|en</c>), like the
/// diagnostics: the panel speaks to the editor, not to the site's readers, so its texts live with
/// the editor messages rather than in theme/i18n.
/// </summary>
public static class PreviewTexts
{
    public static readonly LocalizedText PanelLabel = new("SiteGen preview", "SiteGen-forhåndsvisning");

    public static LocalizedText ErrorsSummary(int errors) => new(
        $"SiteGen: {Errors(errors, MessageLanguage.En)} – this is the last version of the site that built",
        $"SiteGen: {Errors(errors, MessageLanguage.Nb)} – du ser den siste versjonen av nettstedet som kunne bygges");

    public static LocalizedText MoreErrors(int more) => new(
        $"… and {more} more; run 'check' to see them all.",
        $"… og {more} til; kjør «check» for å se alle.");

    public static readonly LocalizedText FixAndSave = new(
        "Fix the file and save it: the page reloads by itself.",
        "Rett filen og lagre den: siden lastes inn på nytt av seg selv.");

    public static readonly LocalizedText CrashSummary = new(
        "SiteGen: the build stopped on an error in SiteGen – this is the last version of the site that built",
        "SiteGen: byggingen stoppet på grunn av en feil i SiteGen – du ser den siste versjonen av nettstedet som kunne bygges");

    public static LocalizedText CrashDetail(Exception e) => new(
        $"The error: {e.GetType().Name}: {e.Message}",
        $"Feilen: {e.GetType().Name}: {e.Message}");

    public static readonly LocalizedText CrashAdvice = new(
        "The last change you saved may have caused it: undo it or fix the file and save again, and SiteGen tries again. If it happens again, report it with the file you changed.",
        "Den siste endringen du lagret kan ha utløst den: angre den eller rett filen og lagre igjen, så prøver SiteGen på nytt. Skjer det igjen, meld feilen sammen med filen du endret.");

    public static LocalizedText WarningsSummary(int warnings) => new(
        $"SiteGen: {Warnings(warnings, MessageLanguage.En)} – the site builds, but look at these",
        $"SiteGen: {Warnings(warnings, MessageLanguage.Nb)} – nettstedet bygges, men se over disse");

    public static LocalizedText UnpublishedSummary(int items) => new(
        $"SiteGen: {Of(items, "news item or page is", "news items or pages are")} not published (scheduled, draft or expired)",
        $"SiteGen: {Of(items, "sak eller side", "saker og sider")} er ikke publisert (planlagt, kladd eller utløpt)");

    public static LocalizedText Kind(UnpublishedItem item) =>
        item.IsNews ? new("news item", "sak") : new("page", "side");

    /// <summary>Why an item is not on the site, with its date: "planlagt: publiseres 3. desember 2022 kl. 12.00".</summary>
    public static LocalizedText Reason(UnpublishedItem item) => item.Reason switch
    {
        UnpublishedReason.Draft => new(
            "draft: not published while it has 'draft: true' (serve --drafts shows it)",
            "kladd: publiseres ikke så lenge den har «draft: true» (serve --drafts viser den)"),
        UnpublishedReason.Scheduled => new(
            $"scheduled: published {Date(item.When, MessageLanguage.En)}",
            $"planlagt: publiseres {Date(item.When, MessageLanguage.Nb)}"),
        _ => new(
            $"expired: taken off the site {Date(item.When, MessageLanguage.En)} ('expiryDate')",
            $"utløpt: tatt av nettstedet {Date(item.When, MessageLanguage.Nb)} («expiryDate»)"),
    };

    public static readonly LocalizedText NoSiteTitle = new("SiteGen: the site does not build", "SiteGen: nettstedet kan ikke bygges");

    public static readonly LocalizedText NoSiteHeading = new("The site does not build yet", "Nettstedet kan ikke bygges ennå");

    private static string Date(DateText? date, MessageLanguage language) =>
        date is { } d ? (language == MessageLanguage.En ? DateFormatter.English : DateFormatter.Bokmal).Of(d) : "";
}
