namespace SiteGen.Output;

/// <summary>One file of the finished site. <see cref="Path"/> is relative to output/ with '/' separators.</summary>
/// <param name="Source">What produced it, for messages about clashes.</param>
public sealed record OutputFile(string Path, byte[] Content, string Source)
{
    /// <summary>Same bytes; a page kept from the previous build (serve) shares its array, so that is checked first.</summary>
    public bool HasSameContent(OutputFile other) =>
        ReferenceEquals(Content, other.Content) || Content.AsSpan().SequenceEqual(other.Content);
}
