using Scriban.Runtime;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// One HTML page to render: where it goes, which template draws it, and the variables the template
/// sees besides 'site', 'page' and 'menu'.
/// </summary>
public sealed record Route(string SitePath, string Template, string Kind, string Title, string? Description, ScriptObject Variables, SourceLocation? Source)
{
    public string OutputPath => Site.SitePaths.OutputFileOf(SitePath);
}
