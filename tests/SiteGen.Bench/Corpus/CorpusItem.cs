namespace SiteGen.Bench.Corpus;

/// <summary>One generated news item: what both generators' files are made from.</summary>
public sealed record CorpusItem(int Index, string Slug, string Title, DateOnly Date, string Summary,
    IReadOnlyList<string> Tags, IReadOnlyList<string> DeadlineIds, string Body);

/// <summary>One generated deadline, written to data/deadlines.yml for both generators.</summary>
public sealed record CorpusDeadline(string Id, string Title, string Date, string? End, IReadOnlyList<string> Audiences,
    string Description, string? Link, bool Cancelled);
