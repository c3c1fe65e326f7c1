using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Documents;
using SiteGen.Urls;

namespace SiteGen.Site;

/// <summary>
/// Which published pages, news items and deadlines link to each file, for the Dokumenter page; a file
/// nobody links to or shows is a warning naming it (it is still published and listed).
/// </summary>
public static class DocumentReferences
{
    /// <summary>A file nobody links to or shows is published and listed, with a warning at the file.</summary>
    public static void Check(SiteModel model, DiagnosticBag diagnostics)
    {
        var result = model.DocumentReferences;
        foreach (var document in model.Documents.All.Where(d => !result.ContainsKey(d.InputPath)))
            diagnostics.Warning(DiagnosticCodes.UnlinkedDocument,
                en: $"no page, news item or deadline links to '{document.FileName}'; link to it where readers need it, or remove the file (it is still published and listed on /dokumenter/)",
                nb: $"ingen side, nyhet eller frist lenker til «{document.FileName}» – lenk til den der leserne trenger den, eller slett filen (den blir publisert likevel og står på /dokumenter/)",
                document.Location);
    }

    /// <summary>By a document's input path: the pages, news items and deadlines that link to it.</summary>
    public static ImmutableDictionary<string, ImmutableArray<DocumentReference>> Build(SiteModel model)
    {
        var documents = model.Documents;
        var found = new List<(Document Document, DocumentReference Reference)>();
        foreach (var page in model.Pages.Prepend(model.Home).OfType<Page>())
            found.AddRange(FromBody(page.Article, page.SitePath));
        foreach (var item in model.News)
            found.AddRange(FromBody(item.Article, SitePaths.News(item.Slug)));
        // A page marked 'home: true' is shown in full on its language's home page, links and all.
        foreach (var (homePath, language) in model.HomePages())
        {
            var title = homePath == "/" ? model.Home?.Title ?? model.Config.Title : model.Pages.First(p => p.SitePath == homePath).Title;
            foreach (var featured in model.FeaturedPages(language))
                found.AddRange(FromBody(featured.Article, homePath).Select(f => (f.Item1, f.Item2 with { Title = title })));
        }
        foreach (var deadline in model.Deadlines)
        {
            var reference = new DocumentReference(deadline.Title, SitePaths.Deadline(deadline.Id), deadline.Source);
            found.AddRange(documents.All.Where(d => LinksTo(deadline.DescriptionHtml, model.Config.Url(d.UrlPath)) || deadline.Link == d.SitePath).Select(d => (d, reference)));
            // The deadline page lists, under each deadline, the files its news items link to.
            foreach (var item in model.NewsOf(deadline))
                found.AddRange(FromBody(item.Article, SitePaths.Deadline(deadline.Id)).Select(f => (f.Item1, reference)));
        }

        return found
            .GroupBy(f => f.Document.InputPath, StringComparer.Ordinal)
            .ToImmutableDictionary(
                g => g.Key,
                g => g.Select(f => f.Reference).DistinctBy(r => r.SitePath).OrderBy(r => r.SitePath, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);
    }

    private static IEnumerable<(Document, DocumentReference)> FromBody(Article document, string sitePath) =>
        document.Body.Links
            .Where(l => l.Document is not null)
            .Select(l => (l.Document!, new DocumentReference(document.Title, sitePath, l.Location)));

    /// <summary>
    /// A deadline keeps only its rendered description, so its links are found in that HTML. Exact:
    /// the renderer wrote the file's URL itself, already percent-encoded, so Markdig left it as it was.
    /// </summary>
    private static bool LinksTo(string html, string url) =>
        html.Contains($"=\"{url}\"", StringComparison.Ordinal)
        || html.Contains($"=\"{url}#", StringComparison.Ordinal)
        || html.Contains($"=\"{url}?", StringComparison.Ordinal);
}
