using System.Collections.Immutable;
using System.Globalization;
using Scriban.Runtime;
using SiteGen.Documents;
using SiteGen.Rendering.Views;
using SiteGen.Site;
using SiteGen.Urls;

namespace SiteGen.Rendering;

/// <summary>The Dokumenter page: every downloadable file, with its facts and the pages that link to it.</summary>
public static class DocumentsPage
{
    public const string Template = "documents.sbn";

    /// <summary>Norwegian alphabetical order (æ, ø, å last), then the path, so the list never depends on the file system.</summary>
    private static readonly StringComparer ByTitle = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), ignoreCase: true);

    public static Route Route(SiteModel model, ViewFactory views)
    {
        var downloads = model.Documents.All
            .Where(d => IsDownload(d, model))
            .OrderBy(d => d.DisplayTitle, ByTitle).ThenBy(d => d.InputPath, StringComparer.Ordinal)
            .Select(d => View(d, model, views))
            .ToImmutableArray();
        var vars = new ScriptObject { ["documents"] = downloads };
        return new Route(SitePaths.Documents, Template, "documents", views.Text("titles.documents"), views.Text("titles.documents_description"), vars, null);
    }

    /// <summary>Images shown in pages are part of those pages, not downloads; an image someone links to, or nobody uses, is listed.</summary>
    private static bool IsDownload(Document document, SiteModel model) =>
        !document.Type.IsImage || model.ReferencesTo(document).IsEmpty
        || model.Articles.Any(a => a.Body.Links.Any(l => l.Document == document && !l.IsImage));

    private static DownloadView View(Document document, SiteModel model, ViewFactory views) => new(
        document.DisplayTitle,
        document.FileName,
        model.Config.Url(document.UrlPath),
        document.Type.Label,
        document.Type.MediaType,
        !document.Type.OpensInBrowser,
        FileSizeText.Format(document.Size),
        document.Pages,
        document.Label,
        document.Date is { } date ? views.Date(date) : null,
        document.Description,
        [.. model.ReferencesTo(document).Select(r => new LinkView(r.Title, model.Config.Url(r.SitePath)))]);
}
