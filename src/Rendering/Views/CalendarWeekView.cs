using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>A row of the month grid, Monday first; <c>days</c> holds null for cells outside the month.</summary>
public sealed record CalendarWeekView(int Number, ImmutableArray<CalendarDayView?> Days);
