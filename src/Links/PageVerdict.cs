using System.Collections.Immutable;

namespace SiteGen.Links;

/// <summary>What one page's links came to: the broken ones, and those to other sites (listed, never fetched).</summary>
public sealed record PageVerdict(ImmutableArray<LinkFinding> Findings, ImmutableArray<ExternalLink> External);
