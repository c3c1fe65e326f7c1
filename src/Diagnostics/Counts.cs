using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.Diagnostics;

/// <summary>"1 error" / "2 errors", "1 advarsel" / "2 advarsler": counted nouns for the command line's reports.</summary>
public static class Counts
{
    public static string Of(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    public static string Errors(int count, MessageLanguage language) =>
        language == MessageLanguage.En ? Of(count, "error", "errors") : Of(count, "feil", "feil");

    public static string Warnings(int count, MessageLanguage language) =>
        language == MessageLanguage.En ? Of(count, "warning", "warnings") : Of(count, "advarsel", "advarsler");

    /// <summary>Seconds with two decimals, with the decimal comma in Norwegian.</summary>
    public static string Seconds(TimeSpan elapsed, MessageLanguage language) =>
        elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) is var text && language == MessageLanguage.Nb ? text.Replace('.', ',') : text;
}
