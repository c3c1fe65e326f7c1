namespace SiteGen.Links;

/// <summary>A link to another site, found in a finished page. Never fetched: builds do not touch the network.</summary>
/// <param name="PageSitePath">The page it is on: "/tilgjengelighet/".</param>
public sealed record ExternalLink(string Host, string Url, string PageSitePath);
