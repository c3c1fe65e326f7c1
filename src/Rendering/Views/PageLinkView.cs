namespace SiteGen.Rendering.Views;

/// <summary>One entry of a pagination bar: a numbered page, or a gap ("…", no <c>url</c>) where pages are left out.</summary>
public sealed record PageLinkView(string Title, string? Url, bool IsCurrent);
