using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>A day cell of the month grid; <c>label</c> is the full date for screen readers ("fredag 2. desember 2022").</summary>
public sealed record CalendarDayView(int Number, string Iso, string Label, bool IsToday, bool IsWeekend, ImmutableArray<DeadlineView> Deadlines);
