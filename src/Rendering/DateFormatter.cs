using System.Globalization;
using SiteGen.Content;
using SiteGen.Time;

namespace SiteGen.Rendering;

/// <summary>
/// Dates written out in one language: "2. desember 2022" (nb, nn), "2 December 2022" (en). Month and
/// weekday names are written here rather than taken from the machine's ICU data, so the output does
/// not depend on the machine's culture or ICU version.
/// </summary>
public sealed class DateFormatter
{
    private static readonly string[] NorwegianMonths =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    public static readonly DateFormatter Bokmal = new("nb", NorwegianMonths,
        ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"], dotAfterDay: true, timeFormat: "'kl. 'HH.mm", timeSeparator: " ", wideDash: "–");

    /// <summary>Nynorsk has the Bokmål month names and its own weekdays (måndag, tysdag, laurdag).</summary>
    public static readonly DateFormatter Nynorsk = new("nn", NorwegianMonths,
        ["søndag", "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag"], dotAfterDay: true, timeFormat: "'kl. 'HH.mm", timeSeparator: " ", wideDash: "–");

    /// <summary>British order, as partners in Europe read it: "2 December 2022", "2 December 2022, 14:00".</summary>
    public static readonly DateFormatter English = new("en",
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], dotAfterDay: false, timeFormat: "HH:mm", timeSeparator: ", ", wideDash: " – ");

    private readonly string[] months;
    private readonly string[] weekdays;
    private readonly bool dotAfterDay;
    private readonly string timeFormat;
    private readonly string timeSeparator;
    private readonly string wideDash;

    private DateFormatter(string language, string[] months, string[] weekdays, bool dotAfterDay, string timeFormat, string timeSeparator, string wideDash)
    {
        Language = language;
        this.months = months;
        this.weekdays = weekdays;
        this.dotAfterDay = dotAfterDay;
        this.timeFormat = timeFormat;
        this.timeSeparator = timeSeparator;
        this.wideDash = wideDash;
    }

    /// <summary>The language the dates are written in; "nb" for a language that falls back to Bokmål.</summary>
    public string Language { get; }

    /// <summary>
    /// The formatter for a page's language. Northern Sámi (se) falls back to Bokmål on purpose: its
    /// month names are well attested (CLDR: ođđajagemánnu, guovvamánnu … juovlamánnu), but how a full
    /// date is written is not settled among the sources (CLDR has only the root pattern "y MMMM d";
    /// moment.js writes "MMMM D. b. YYYY"; a month name after the day may take another case). Add
    /// Sámi dates when a Sámi speaker has confirmed the form. Any other language falls back the same way.
    /// </summary>
    public static DateFormatter For(string? language) => language switch
    {
        "nn" => Nynorsk,
        "en" => English,
        _ => Bokmal,
    };

    public string MonthName(int month) => months[month - 1];

    public string Weekday(DateOnly date) => weekdays[(int)date.DayOfWeek];

    /// <summary>"2. desember 2022" / "2 December 2022".</summary>
    public string Day(DateOnly date) => $"{DayNumber(date)} {months[date.Month - 1]} {date.Year}";

    /// <summary>"desember 2022" / "December 2022".</summary>
    public string Month(DateOnly date) => $"{months[date.Month - 1]} {date.Year}";

    /// <summary>"kl. 14.00" / "14:00".</summary>
    public string Time(TimeOnly time) => time.ToString(timeFormat, CultureInfo.InvariantCulture);

    public string Of(DateText date) =>
        date.IsMonth ? Month(date.Date) : date.Time is { } t ? $"{Day(date.Date)}{timeSeparator}{Time(t)}" : Day(date.Date);

    /// <summary>A period: "juni–august 2023", "2.–4. mai 2023", "28. desember 2022–3. januar 2023" (en: "2–4 May 2023").</summary>
    public string Range(DateText start, DateText end)
    {
        if (start.IsMonth && end.IsMonth)
        {
            if (start.Date.Year == end.Date.Year)
                return start.Date.Month == end.Date.Month ? Month(start.Date) : $"{months[start.Date.Month - 1]}–{Month(end.Date)}";
            return $"{Month(start.Date)}{wideDash}{Month(end.Date)}";
        }
        if (!start.IsMonth && !end.IsMonth && start.Time is null && end.Time is null)
        {
            if (start.Date == end.Date)
                return Day(start.Date);
            if (start.Date.Year == end.Date.Year && start.Date.Month == end.Date.Month)
                return $"{DayNumber(start.Date)}–{Day(end.Date)}";
        }
        return $"{Of(start)}{wideDash}{Of(end)}";
    }

    private string DayNumber(DateOnly date) =>
        dotAfterDay ? $"{date.Day.ToString(CultureInfo.InvariantCulture)}." : date.Day.ToString(CultureInfo.InvariantCulture);
}
