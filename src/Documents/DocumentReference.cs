using SiteGen.Diagnostics;

namespace SiteGen.Documents;

/// <summary>A page, news item or deadline that links to (or shows) a published file.</summary>
/// <param name="SitePath">Where the reader finds the link: "/for-bibliotekledere/", "/frister/#budsjett-2023".</param>
public sealed record DocumentReference(string Title, string SitePath, SourceLocation Location);
