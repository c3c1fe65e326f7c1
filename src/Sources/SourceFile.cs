namespace SiteGen.Sources;

/// <summary>
/// One file read from the site, before any parsing. <see cref="RelativePath"/> is relative to its
/// root (input/ or theme/), with '/' separators; <see cref="DisplayPath"/> is what messages show.
/// </summary>
public sealed record SourceFile(string RelativePath, string DisplayPath, byte[] Bytes);
