namespace SiteGen.Search;

/// <summary>One thing the search page can find: a page, news item, deadline or document, with all its text.</summary>
/// <param name="Title">What the result link says.</param>
/// <param name="Url">Its address, with the base path.</param>
/// <param name="Kind">In Norwegian: "Side", "Nyhet", "Frist", "Dokument".</param>
/// <param name="Context">Beside the kind: a news item's date, a deadline's date, a document's type, pages and size; "" for pages (their excerpt says enough).</param>
/// <param name="Language">The language of an entry in another language than the site's (for lang on its link); null otherwise.</param>
/// <param name="Lead">Summary, tags and audiences: weighs more than the body.</param>
/// <param name="Body">The full text, as plain text.</param>
public sealed record SearchDocument(string Title, string Url, string Kind, string Context, string? Language, string Lead, string Body);
