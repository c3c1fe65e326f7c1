namespace SiteGen.Links;

public enum ReferenceKind
{
    Link,
    Image,
    Resource,
}

/// <summary>One URL in a finished page (an href or src, as the attribute says it), with its place in the HTML.</summary>
public sealed record HtmlReference(string Value, ReferenceKind Kind, int Line, int Column);
