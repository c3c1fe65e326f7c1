namespace SiteGen.Rendering.Views;

/// <summary>A &lt;link rel="alternate" hreflang&gt; of a translated page: a language code (or "x-default") and the full address.</summary>
public sealed record AlternateView(string Hreflang, string Url);
