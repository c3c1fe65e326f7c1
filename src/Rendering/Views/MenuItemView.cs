namespace SiteGen.Rendering.Views;

/// <summary>A menu entry, with whether the page being rendered is the entry's page or lies under it.</summary>
/// <param name="Current">The link leads to this very page (aria-current="page").</param>
/// <param name="InSection">The page lies under the link's address, like a news item under /aktuelt/ (aria-current="true").</param>
public sealed record MenuItemView(string Title, string Url, bool Current, bool InSection)
{
    /// <summary>The language of the title when it is not the page's (a page in a language without a menu of its own shows the main menu); else null.</summary>
    public string? Language { get; init; }
}
