namespace SiteGen.Rendering.Views;

/// <summary>A menu entry; <c>current</c> is true on the page it leads to (for aria-current).</summary>
public sealed record MenuItemView(string Title, string Url, bool Current)
{
    /// <summary>The language of the title when it is not the page's (a page in a language without a menu of its own shows the main menu); else null.</summary>
    public string? Language { get; init; }
}
