using SiteGen.Content;
using SiteGen.Time;

namespace SiteGen.Rendering;

/// <summary>
/// Dates the Norwegian (Bokmål) way ("2. desember 2022", "kl. 14.00"), for the parts of the site that
/// are always in Bokmål. Pages in other languages use <see cref="DateFormatter.For"/>.
/// </summary>
public static class NorwegianDates
{
    private static DateFormatter Nb => DateFormatter.Bokmal;

    public static string MonthName(int month) => Nb.MonthName(month);

    public static string Day(DateOnly date) => Nb.Day(date);

    public static string Weekday(DateOnly date) => Nb.Weekday(date);

    public static string Month(DateOnly date) => Nb.Month(date);

    public static string Time(TimeOnly time) => Nb.Time(time);

    public static string Of(DateText date) => Nb.Of(date);

    /// <summary>A period: "juni–august 2023", "2.–4. mai 2023", "28. desember 2022–3. januar 2023".</summary>
    public static string Range(DateText start, DateText end) => Nb.Range(start, end);
}
