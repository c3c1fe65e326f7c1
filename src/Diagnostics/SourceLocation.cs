namespace SiteGen.Diagnostics;

/// <summary>A position in a source file. Path is relative to the site root with '/' separators; Line and Column are 1-based.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
