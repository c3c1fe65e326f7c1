namespace SiteGen.Site;

/// <summary>A file published as it is: a download from input/files/ or a theme/static file.</summary>
/// <param name="OutputPath">Path under output/, '/' separators, e.g. "files/presentasjon.pdf".</param>
public sealed record Asset(string OutputPath, string DisplayPath, byte[] Bytes);
