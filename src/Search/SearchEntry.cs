namespace SiteGen.Search;

/// <summary>
/// One thing the search page can find as the model has it, before its text is made plain (<see cref="SearchDocument"/>
/// says what each field is). Cheap to fingerprint, so the preview makes the document again only for an entry that changed,
/// and the texts are made plain in parallel, item by item.
/// </summary>
/// <param name="Text">The body as HTML (pages, news, deadlines) or as plain text (a document's words).</param>
public sealed record SearchEntry(string Title, string Url, string Kind, string Context, string? Language, string Lead, string Text, bool TextIsHtml)
{
    public SearchDocument Document() =>
        new(Title, Url, Kind, Context, Language, Lead, TextIsHtml ? SearchIndexBuilder.Plain(Text) : SearchIndexBuilder.Clean(Text));
}
