namespace SiteGen.History;

/// <summary>
/// One commit of the first-parent line (what the branch published, merges included): when, and the
/// files it changed against its first parent, each with its new blob id (null: deleted).
/// Paths are relative to the repository's top folder.
/// </summary>
public sealed record CommitChanges(string Commit, DateTimeOffset Time, IReadOnlyList<(string Path, string? Blob)> Changes);
