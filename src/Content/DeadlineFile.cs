using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>What data/deadlines.yml gave: its deadlines, and the ids of records too broken to read (so references to them are not errors too).</summary>
public sealed record DeadlineFile(ImmutableArray<Deadline> Deadlines, ImmutableArray<(string Id, SourceLocation Location)> Unread)
{
    public static readonly DeadlineFile Empty = new([], []);
}
