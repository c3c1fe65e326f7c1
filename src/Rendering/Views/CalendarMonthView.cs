using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>
/// One month of the calendar grid. <c>spanning</c> holds deadlines given as a month or a period that
/// covers this month; they are shown beside the grid rather than on a made-up day.
/// </summary>
public sealed record CalendarMonthView(string Id, string Title, ImmutableArray<CalendarWeekView> Weeks, ImmutableArray<DeadlineView> Spanning);
