using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>Deadlines of one month in the list view ("Desember 2022").</summary>
public sealed record MonthGroupView(string Id, string Title, ImmutableArray<DeadlineView> Deadlines);
