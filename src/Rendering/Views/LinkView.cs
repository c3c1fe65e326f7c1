namespace SiteGen.Rendering.Views;

/// <summary>A link for templates; <c>url</c> already includes the site's base path.</summary>
public sealed record LinkView(string Title, string Url);
