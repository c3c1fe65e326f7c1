namespace SiteGen.Rendering.Views;

/// <summary>The 'page' global every template sees: what the layout needs for &lt;head&gt; and the menu.</summary>
public sealed record PageMeta(string Title, string Kind, string Url, string CanonicalUrl, string Description, string Language);
