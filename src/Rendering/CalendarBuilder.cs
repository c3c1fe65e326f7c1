using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Content;

namespace SiteGen.Rendering;

/// <summary>
/// Lays deadlines out for the calendar page: month groups for the list, and month grids (Monday
/// first, ISO week numbers) for the table view. Templates only loop over the result.
/// </summary>
public static class CalendarBuilder
{
    public static ImmutableArray<MonthGroupView> GroupByMonth(IEnumerable<Deadline> deadlines, Func<Deadline, DeadlineView> view) =>
        [.. deadlines
            .GroupBy(d => (d.FirstDay.Year, d.FirstDay.Month))
            .Select(g => new MonthGroupView(MonthId(g.Key.Year, g.Key.Month), Capitalize(NorwegianDates.Month(new DateOnly(g.Key.Year, g.Key.Month, 1))),
                [.. g.Select(view)]))];

    public static ImmutableArray<CalendarMonthView> Months(ImmutableArray<Deadline> deadlines, Func<Deadline, DeadlineView> view, DateOnly today)
    {
        var onDays = deadlines.Where(d => !IsSpanning(d)).ToLookup(d => d.FirstDay);
        var spanning = deadlines.Where(IsSpanning).ToList();
        return [.. MonthsTouched(deadlines).Select(month => Month(month, onDays, spanning, view, today))];
    }

    /// <summary>A month milestone or a period is not pinned to one day of the grid.</summary>
    public static bool IsSpanning(Deadline d) => d.Start.IsMonth || d.FirstDay != d.LastDay;

    private static CalendarMonthView Month(DateOnly first, ILookup<DateOnly, Deadline> onDays, List<Deadline> spanning, Func<Deadline, DeadlineView> view, DateOnly today)
    {
        var weeks = ImmutableArray.CreateBuilder<CalendarWeekView>();
        var cursor = first.AddDays(-(((int)first.DayOfWeek + 6) % 7)); // back to Monday
        var last = first.AddMonths(1).AddDays(-1);
        while (cursor <= last)
        {
            var days = ImmutableArray.CreateBuilder<CalendarDayView?>(7);
            for (var i = 0; i < 7; i++, cursor = cursor.AddDays(1))
                days.Add(cursor.Month == first.Month ? Day(cursor, onDays, view, today) : null);
            weeks.Add(new CalendarWeekView(ISOWeek.GetWeekOfYear(cursor.AddDays(-7).ToDateTime(TimeOnly.MinValue)), days.MoveToImmutable()));
        }
        var covering = spanning.Where(d => d.FirstDay <= last && d.LastDay >= first).Select(view);
        return new CalendarMonthView(MonthId(first.Year, first.Month), Capitalize(NorwegianDates.Month(first)), weeks.ToImmutable(), [.. covering]);
    }

    private static CalendarDayView Day(DateOnly date, ILookup<DateOnly, Deadline> onDays, Func<Deadline, DeadlineView> view, DateOnly today) =>
        new(date.Day, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"{NorwegianDates.Weekday(date)} {NorwegianDates.Day(date)}",
            date == today, date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, [.. onDays[date].Select(view)]);

    private static IEnumerable<DateOnly> MonthsTouched(IEnumerable<Deadline> deadlines)
    {
        var months = new SortedSet<DateOnly>();
        foreach (var d in deadlines)
        {
            for (var m = new DateOnly(d.FirstDay.Year, d.FirstDay.Month, 1); m <= d.LastDay; m = m.AddMonths(1))
                months.Add(m);
        }
        return months;
    }

    private static string MonthId(int year, int month) => $"maned-{year:D4}-{month:D2}";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
