namespace SiteGen.Rendering.Views;

/// <summary>A date for templates: <c>iso</c> for &lt;time datetime&gt;, <c>text</c> in Norwegian ("2. desember 2022").</summary>
public sealed record DateView(string Iso, string Text, string Weekday);
