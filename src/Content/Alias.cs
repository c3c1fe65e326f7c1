using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// An old address of a page or news item, from 'aliases:' in its front matter. <see cref="SitePath"/>
/// is relative to the site root like every link editors write ("/gammel-side/"), normalised so a
/// folder-like path ends in '/'.
/// </summary>
public sealed record Alias(string SitePath, SourceLocation Location);
