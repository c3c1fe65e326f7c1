using System.Globalization;
using SiteGen.Content;

namespace SiteGen.Rendering;

/// <summary>
/// Dates the Norwegian way ("2. desember 2022", "kl. 14.00"). Written out here rather than taken from
/// the machine's ICU data, so output does not depend on the machine's culture or ICU version.
/// </summary>
public static class NorwegianDates
{
    private static readonly string[] Months =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    private static readonly string[] Weekdays = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];

    public static string MonthName(int month) => Months[month - 1];

    public static string Day(DateOnly date) => $"{date.Day}. {Months[date.Month - 1]} {date.Year}";

    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    public static string Month(DateOnly date) => $"{Months[date.Month - 1]} {date.Year}";

    public static string Time(TimeOnly time) => "kl. " + time.ToString("HH.mm", CultureInfo.InvariantCulture);

    public static string Of(DateText date) =>
        date.IsMonth ? Month(date.Date) : date.Time is { } t ? $"{Day(date.Date)} {Time(t)}" : Day(date.Date);

    /// <summary>A period: "juni–august 2023", "2.–4. mai 2023", "28. desember 2022–3. januar 2023".</summary>
    public static string Range(DateText start, DateText end)
    {
        if (start.IsMonth && end.IsMonth)
        {
            if (start.Date.Year == end.Date.Year)
                return start.Date.Month == end.Date.Month ? Month(start.Date) : $"{Months[start.Date.Month - 1]}–{Month(end.Date)}";
            return $"{Month(start.Date)}–{Month(end.Date)}";
        }
        if (!start.IsMonth && !end.IsMonth && start.Time is null && end.Time is null)
        {
            if (start.Date == end.Date)
                return Day(start.Date);
            if (start.Date.Year == end.Date.Year && start.Date.Month == end.Date.Month)
                return $"{start.Date.Day}.–{Day(end.Date)}";
        }
        return $"{Of(start)}–{Of(end)}";
    }
}
