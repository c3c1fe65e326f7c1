using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Site;
using SiteGen.Urls;

namespace SiteGen.Rendering;

/// <summary>
/// A small page at each old address in 'aliases:' that sends the reader on to the new one, so links
/// and bookmarks survive a rename. Written in code rather than a theme template: it is a fixed,
/// machine-read format (meta refresh, canonical, noindex) that no theme should need to change.
/// </summary>
public static class RedirectPages
{
    /// <param name="existing">Every other file of the site; an alias may not take the place of one.</param>
    public static IEnumerable<OutputFile> Render(SiteModel model, IReadOnlyCollection<OutputFile> existing, DiagnosticBag diagnostics)
    {
        var files = existing.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Source, StringComparer.OrdinalIgnoreCase);
        var aliases = new Dictionary<string, Alias>(StringComparer.OrdinalIgnoreCase);
        var redirects = new List<OutputFile>();
        foreach (var (document, target) in Articles(model))
        {
            foreach (var alias in document.Aliases)
            {
                var path = SitePaths.OutputFileOf(alias.SitePath);
                if (files.TryGetValue(path, out var source))
                    diagnostics.Error(DiagnosticCodes.AliasClash,
                        en: $"the alias {alias.SitePath} is the address of a page that exists (made from {source}); remove it from 'aliases'",
                        nb: $"den gamle adressen {alias.SitePath} er adressen til en side som finnes (laget av {source}) – fjern den fra «aliases»",
                        alias.Location);
                else if (aliases.TryGetValue(path, out var first))
                    diagnostics.Error(DiagnosticCodes.AliasClash,
                        en: $"the alias {alias.SitePath} is already an alias at {first.Location}; an old address can lead to one page only",
                        nb: $"den gamle adressen {alias.SitePath} står allerede under «aliases» i {first.Location} – en gammel adresse kan bare føre til én side",
                        alias.Location);
                else
                {
                    aliases[path] = alias;
                    redirects.Add(new OutputFile(path, Page(model, document.Title, target), alias.Location.Path));
                }
            }
        }
        return redirects;
    }

    private static IEnumerable<(Article Article, string SitePath)> Articles(SiteModel model)
    {
        if (model.Home is { } home)
            yield return (home.Article, home.SitePath);
        foreach (var page in model.Pages)
            yield return (page.Article, page.SitePath);
        foreach (var item in model.News)
            yield return (item.Article, SitePaths.News(item.Slug));
    }

    private static byte[] Page(SiteModel model, string title, string sitePath)
    {
        var url = Html.Escape(model.Config.Url(sitePath));
        var canonical = Html.Escape(model.Config.AbsoluteUrl(sitePath));
        var text = Html.Escape(title);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{Html.Escape(model.Config.Language)}">
            <head>
            <meta charset="utf-8">
            <title>{text}</title>
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={url}">
            <link rel="canonical" href="{canonical}">
            </head>
            <body>
            <p>Siden har flyttet til <a href="{url}">{text}</a>.</p>
            </body>
            </html>

            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
