namespace SiteGen.Rendering.Views;

/// <summary>A menu entry; <c>current</c> is true on the page it leads to (for aria-current).</summary>
public sealed record MenuItemView(string Title, string Url, bool Current);
