namespace SiteGen.Rendering.Views;

/// <summary>
/// The 404 page's message in one of the site's other languages: the page is shown at any missing
/// address (/en/… too), so a reader of each language the site has gets a few lines they can read.
/// </summary>
public sealed record NotFoundView(string Language, string Title, string Text, LinkView Home, LinkView Search);
