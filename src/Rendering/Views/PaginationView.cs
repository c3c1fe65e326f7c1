using System.Collections.Immutable;

namespace SiteGen.Rendering.Views;

/// <summary>Where a list page is among its siblings; URLs are null at the ends.</summary>
public sealed record PaginationView(int Current, int Total, string? PreviousUrl, string? NextUrl, ImmutableArray<LinkView> Pages);
