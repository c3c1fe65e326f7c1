using Scriban.Runtime;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// One HTML page to render: where it goes, which template draws it, and the variables the template
/// sees besides 'site', 'page' and 'menu'.
/// </summary>
/// <param name="LastModified">When the page's content last changed, for sitemap.xml; null when unknown.</param>
/// <param name="InSitemap">False for pages search engines should not list (404, redirects).</param>
public sealed record Route(string SitePath, string Template, string Kind, string Title, string? Description, ScriptObject Variables, SourceLocation? Source,
    DateOnly? LastModified = null, bool InSitemap = true)
{
    public string OutputPath => Urls.SitePaths.OutputFileOf(SitePath);

    /// <summary>The page's language, for &lt;html lang&gt;, dates and theme texts; null for the site's language.</summary>
    public string? Language { get; init; }
}
