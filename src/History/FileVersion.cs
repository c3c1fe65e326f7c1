namespace SiteGen.History;

/// <summary>One committed version of a file: the commit time and the file's text then.</summary>
public sealed record FileVersion(string DisplayPath, DateTimeOffset CommittedAt, string Text);
