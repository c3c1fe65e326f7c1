using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using SiteGen.Documents;
using SiteGen.Rendering;
using SiteGen.Site;
using SiteGen.Urls;

namespace SiteGen.Search;

/// <summary>
/// What the search page can find: every page (the home page too), news item, deadline and published
/// document, each with its whole text; a PDF's text is the one PdfInspector read. <see cref="SearchIndexWriter"/>
/// turns them into the index files.
/// </summary>
public static partial class SearchIndexBuilder
{
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex Spaces();

    public static ImmutableArray<SearchDocument> Documents(SiteModel model, ViewFactory views) =>
    [
        .. model.Pages.Prepend(model.Home).OfType<Content.Page>().Select(p => new SearchDocument(
            p.Title, model.Config.Url(p.SitePath), views.Text("search.kind_page"), "",
            OtherLanguage(model, p.Article), p.Article.Summary ?? "", Plain(p.Article.Body.Html))),
        .. model.News.Select(n => new SearchDocument(n.Title, model.Config.Url(SitePaths.News(n.Slug)), views.Text("search.kind_news"), NorwegianDates.Day(n.Date.Date),
            OtherLanguage(model, n.Article), string.Join(' ', new[] { n.Article.Summary ?? "" }.Concat(n.Tags)), Plain(n.Article.Body.Html))),
        .. model.Deadlines.Select(views.Deadline).Select(d => new SearchDocument(d.Title, d.Url, views.Text("search.kind_deadline"), d.When, null,
            string.Join(' ', d.Audiences.Select(a => a.Label)), Plain(d.Description.Html))),
        .. model.Documents.All.Select(d => new SearchDocument(d.DisplayTitle, model.Config.Url(d.UrlPath), views.Text("search.kind_document"), d.Label.Trim('(', ')'),
            null, d.Description ?? "", Clean(d.Text))),
    ];

    private static string? OtherLanguage(SiteModel model, Content.Article document) =>
        model.LanguageOf(document) is var language && language != model.Config.Language ? language : null;

    /// <summary>Rendered HTML as one line of text: tags become spaces, entities are decoded.</summary>
    private static string Plain(string html) => Clean(WebUtility.HtmlDecode(Tags().Replace(html, " ")));

    private static string Clean(string text) => Spaces().Replace(text, " ").Trim();
}
