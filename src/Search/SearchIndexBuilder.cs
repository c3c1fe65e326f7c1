using System.Collections.Immutable;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Search;

/// <summary>
/// The search index, written at build time as one compact JSON file; a small script on the search
/// page filters it in the browser, so the site needs no search server.
/// </summary>
public static partial class SearchIndexBuilder
{
    /// <summary>Enough of each body to find an item by its main words, while the index stays small.</summary>
    public const int BodyCharacters = 400;

    // Norwegian and Sámi letters as they are (a smaller index); <, > and & stay escaped.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static ImmutableArray<SearchEntry> Entries(SiteModel model, ViewFactory views) =>
    [
        .. model.Pages.Select(p => new SearchEntry(p.Title, model.Config.Url(p.SitePath), "Side", p.Document.Summary ?? "",
            Text(p.Document.Summary, [], p.Document.Body.Html)) { L = OtherLanguage(model, p.Document) }),
        .. model.News.Select(n => new SearchEntry(n.Title, model.Config.Url(SitePaths.News(n.Slug)), "Nyhet", NorwegianDates.Day(n.Date.Date),
            Text(n.Document.Summary, n.Tags, n.Document.Body.Html)) { L = OtherLanguage(model, n.Document) }),
        .. model.Deadlines.Select(views.Deadline).Select(d => new SearchEntry(d.Title, d.Url, "Frist", d.When,
            Text(string.Join(' ', d.Audiences.Select(a => a.Label)), [], d.Description.Html))),
    ];

    private static string? OtherLanguage(SiteModel model, Content.ContentDocument document) =>
        model.LanguageOf(document) is var language && language != model.Config.Language ? language : null;

    public static byte[] Write(ImmutableArray<SearchEntry> entries) => JsonSerializer.SerializeToUtf8Bytes(entries, Json);

    private static string Text(string? summary, IEnumerable<string> tags, string html)
    {
        var body = Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();
        if (body.Length > BodyCharacters)
            body = body[..BodyCharacters];
        return string.Join(' ', new[] { summary ?? "", string.Join(' ', tags), body }.Where(s => s.Length > 0));
    }
}
