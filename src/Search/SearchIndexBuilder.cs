using System.Buffers;
using System.Collections.Immutable;
using System.Net;
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
public static class SearchIndexBuilder
{
    public static ImmutableArray<SearchEntry> Entries(SiteModel model, ViewFactory views) =>
    [
        .. model.Pages.Prepend(model.Home).OfType<Content.Page>().Select(p => new SearchEntry(
            p.Title, model.Config.Url(p.SitePath), views.Text("search.kind_page"), "",
            OtherLanguage(model, p.Article), p.Article.Summary ?? "", p.Article.Body.Html, TextIsHtml: true)),
        .. model.News.Select(n => new SearchEntry(n.Title, model.Config.Url(SitePaths.News(n.Slug)), views.Text("search.kind_news"), NorwegianDates.Day(n.Date.Date),
            OtherLanguage(model, n.Article), string.Join(' ', new[] { n.Article.Summary ?? "" }.Concat(n.Tags)), n.Article.Body.Html, TextIsHtml: true)),
        .. model.Deadlines.Select(views.Deadline).Select(d => new SearchEntry(d.Title, d.Url, views.Text("search.kind_deadline"), d.When, null,
            string.Join(' ', d.Audiences.Select(a => a.Label)), d.Description.Html, TextIsHtml: true)),
        .. model.Documents.All.Select(d => new SearchEntry(d.DisplayTitle, model.Config.Url(d.UrlPath), views.Text("search.kind_document"), d.Label.Trim('(', ')'),
            null, d.Description ?? "", d.Text, TextIsHtml: false)),
    ];

    private static string? OtherLanguage(SiteModel model, Content.Article document) =>
        model.LanguageOf(document) is var language && language != model.Config.Language ? language : null;

    /// <summary>Rendered HTML as one line of text: tags become spaces, entities are decoded.</summary>
    /// <remarks>
    /// Tags go before entities are decoded, so an escaped "&amp;lt;b&amp;gt;" stays text. Spaces are collapsed
    /// before decoding as well as after, which changes nothing: no entity name has white space, and the
    /// white space a number may have around it («&amp;# 65;») is the same set of characters. So text
    /// without entities, most of it, is made in one pass.
    /// </remarks>
    internal static string Plain(string html) => OneLine(html, tags: true) is var text && text.Contains('&') ? Clean(WebUtility.HtmlDecode(text)) : text;

    internal static string Clean(string text) => OneLine(text, tags: false);

    /// <summary>
    /// In one pass what the regexes <c>&lt;[^&gt;]*&gt;</c> (if <paramref name="tags"/>) and <c>[ \t\r\n\f\v]+</c>
    /// replaced by a space, then <see cref="string.Trim()"/>, did: a regex match at every word gap was most of the
    /// search index build.
    /// </summary>
    private static string OneLine(string text, bool tags)
    {
        // Neither rule makes the text longer.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var length = 0;
        var gap = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (tags && c == '<')
            {
                var close = text.AsSpan(i + 1).IndexOf('>');
                // A '<' with no '>' after it is text, and so is every later '<'.
                tags = close >= 0;
                if (tags)
                {
                    i += close + 1;
                    c = ' ';
                }
            }
            if (c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v')
            {
                gap = true;
                continue;
            }
            if (gap)
            {
                buffer[length++] = ' ';
                gap = false;
            }
            buffer[length++] = c;
        }
        // A gap at the end needs no space: Trim would take it off.
        var line = buffer.AsSpan(0, length).Trim();
        var result = line.SequenceEqual(text) ? text : new string(line);
        ArrayPool<char>.Shared.Return(buffer);
        return result;
    }
}
