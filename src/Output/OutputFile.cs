namespace SiteGen.Output;

/// <summary>One file of the finished site. <see cref="Path"/> is relative to output/ with '/' separators.</summary>
/// <param name="Source">What produced it, for messages about clashes.</param>
public sealed record OutputFile(string Path, byte[] Content, string Source);
