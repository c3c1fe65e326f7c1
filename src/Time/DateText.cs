using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Time;

/// <summary>A date as an editor wrote it: a whole month, a whole day, or a day with a local time.</summary>
public readonly record struct DateText(DateOnly Date, TimeOnly? Time, bool IsMonth)
{
    public DateTime LocalDateTime => Date.ToDateTime(Time ?? TimeOnly.MinValue);
}

/// <summary>
/// Parses the few date forms the content format allows, with a hint for the common Norwegian form.
/// Digits are ASCII 0-9 only (.NET's \d also matches Arabic-Indic and full-width digits, which no
/// calendar reads), and years lie in <see cref="MinYear"/>–<see cref="MaxYear"/>.
/// </summary>
public static partial class DateTextParser
{
    /// <summary>
    /// The supported years. Wide enough for any real project date, narrow enough that every sum the
    /// build makes with a date (reminders up to a year before, cancelled deadlines kept up to ten
    /// years, time-zone offsets, month grids) stays far inside .NET's years 1–9999, and within the
    /// span where the tz database knows the local time (before 1900 most zones are local mean time).
    /// </summary>
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    public static bool InRange(int year) => year is >= MinYear and <= MaxYear;

    public static LocalizedText OutOfRange(string text) => new(
        $"'{text}' is outside the dates SiteGen supports (years {MinYear}–{MaxYear})",
        $"«{text}» ligger utenfor datoene SiteGen kan bruke (årene {MinYear}–{MaxYear}) – sjekk årstallet");

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?)?$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^([0-9]{1,2})\.\s*([0-9]{1,2})\.\s*([0-9]{4})$")]
    private static partial Regex NorwegianPattern();

    /// <summary>A day and time with a zone ("Z", "+01:00"), as other generators and YAML tools write them.</summary>
    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}:[0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)$")]
    private static partial Regex ZonedPattern();

    /// <summary>Returns null and an explanation when the text is not a valid date.</summary>
    public static DateText? Parse(string text, bool allowMonth, out LocalizedText? error)
    {
        error = null;
        text = text.Trim();
        if (NonAsciiDigits(text) is { } ascii)
        {
            error = new($"'{text}' has digits other than 0-9; write {ascii}",
                $"«{text}» har andre sifre enn 0–9 (for eksempel arabiske eller fullbredde sifre) – skriv {ascii}");
            return null;
        }
        var day = DayPattern().Match(text);
        if (day.Success)
            return ParseDay(day, text, out error);
        var month = MonthPattern().Match(text);
        if (month.Success && allowMonth)
        {
            if (!InRange(Int(month, 1)))
            {
                error = OutOfRange(text);
                return null;
            }
            if (TryDate(Int(month, 1), Int(month, 2), 1, out var first))
                return new DateText(first, null, IsMonth: true);
            error = new($"'{text}' is not a real month",
                $"«{text}» er ikke en måned som finnes – skriv måneden som 2023-06 (år, bindestrek, måned)");
            return null;
        }
        var zoned = ZonedPattern().Match(text);
        if (zoned.Success)
        {
            // Times are local to the site's time zone, so a deadline keeps its clock time across summer time.
            var local = $"{zoned.Groups[1].Value}T{zoned.Groups[2].Value}";
            error = new($"'{text}' has a time zone; times are local to the site's time zone (time_zone in site.yml), so write {local} as the local time",
                $"«{text}» har en tidssone, men tider skrives som lokal tid i nettstedets tidssone («time_zone» i site.yml) – skriv den lokale tiden, som {local}");
            return null;
        }
        var norwegian = NorwegianPattern().Match(text);
        if (norwegian.Success)
        {
            var iso = $"{Int(norwegian, 3):D4}-{Int(norwegian, 2):D2}-{Int(norwegian, 1):D2}";
            error = new($"'{text}' is not in the form YYYY-MM-DD; write {iso}", $"«{text}» er ikke en gyldig dato – skriv {iso}");
            return null;
        }
        error = allowMonth
            ? new($"'{text}' is not a date; write YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM",
                $"«{text}» er ikke en dato – skriv datoen som 2022-12-02, med klokkeslett som 2022-12-02T14:00, eller en hel måned som 2023-06")
            : new($"'{text}' is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                $"«{text}» er ikke en dato – skriv datoen som 2022-12-02, eller med klokkeslett som 2022-12-02T14:00");
        return null;
    }

    private static DateText? ParseDay(Match m, string text, out LocalizedText? error)
    {
        error = null;
        if (!InRange(Int(m, 1)))
        {
            error = OutOfRange(text);
            return null;
        }
        if (!TryDate(Int(m, 1), Int(m, 2), Int(m, 3), out var date))
        {
            error = new($"'{text}' is not a real date (no such day in that month)",
                $"«{text}» er ikke en dato som finnes (måneden har ikke den dagen) – sjekk dag og måned");
            return null;
        }
        if (!m.Groups[4].Success)
            return new DateText(date, null, IsMonth: false);
        int hour = Int(m, 4), minute = Int(m, 5), second = m.Groups[6].Success ? Int(m, 6) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            error = new($"'{text}' has a time that does not exist; write HH:MM between 00:00 and 23:59",
                $"«{text}» har et klokkeslett som ikke finnes – skriv klokkeslettet mellom 00:00 og 23:59, som i 2022-12-02T14:00");
            return null;
        }
        return new DateText(date, new TimeOnly(hour, minute, second), IsMonth: false);
    }

    /// <summary>The text with every non-ASCII decimal digit written as 0-9, or null when it has none.</summary>
    public static string? NonAsciiDigits(string text)
    {
        if (!text.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c)))
            return null;
        return string.Concat(text.Select(c => char.IsDigit(c) && !char.IsAsciiDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c));
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
