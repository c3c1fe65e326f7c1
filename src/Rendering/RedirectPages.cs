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
/// machine-read format (meta refresh, canonical, noindex) that no theme should need to change. Its one
/// sentence is the theme text redirect.moved, in the moved page's language.
/// </summary>
public static class RedirectPages
{
    /// <param name="existing">Every other file of the site; an alias may not take the place of one.</param>
    public static IEnumerable<OutputFile> Render(SiteModel model, IReadOnlyCollection<OutputFile> existing, DiagnosticBag diagnostics)
    {
        var files = existing.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Source, StringComparer.OrdinalIgnoreCase);
        var aliases = new Dictionary<string, Alias>(StringComparer.OrdinalIgnoreCase);
        var tree = new OutputTree();
        foreach (var file in existing)
            tree.Add(file.Path);
        var redirects = new List<OutputFile>();
        var views = new ViewFactory(model, diagnostics);
        foreach (var (document, target) in Articles(model))
        {
            foreach (var alias in document.Aliases)
            {
                var path = SitePaths.OutputFileOf(alias.SitePath);
                if (Clash(alias, path, files, aliases, tree) is { } clash)
                    diagnostics.Error(clash.Code, clash.Message, alias.Location);
                else
                {
                    aliases[path] = alias;
                    tree.Add(path);
                    redirects.Add(new OutputFile(path, Page(model, views.For(model.LanguageOf(document)), document.Title, target), alias.Location.Path));
                }
            }
        }
        return redirects;
    }

    /// <summary>Why the redirect page cannot be written at <paramref name="path"/>; null when it can.</summary>
    private static (string Code, LocalizedText Message)? Clash(Alias alias, string path, Dictionary<string, string> files, Dictionary<string, Alias> aliases, OutputTree tree)
    {
        if (OutputTree.TooLong(path) is { } tooLong)
            return (DiagnosticCodes.InvalidLink, new LocalizedText($"the alias {OutputTree.Shorten(alias.SitePath)} cannot be a file: ", $"den gamle adressen {OutputTree.Shorten(alias.SitePath)} kan ikke bli en fil: ")
                + tooLong + new LocalizedText("; shorten it or remove it from 'aliases'", " – skriv en kortere adresse, eller fjern den fra «aliases»"));
        if (files.TryGetValue(path, out var source))
            return (DiagnosticCodes.AliasClash, new($"the alias {alias.SitePath} is the address of a page that exists (made from {source}); remove it from 'aliases'",
                $"den gamle adressen {alias.SitePath} er adressen til en side som finnes (laget av {source}) – fjern den fra «aliases»"));
        if (aliases.TryGetValue(path, out var first))
            return (DiagnosticCodes.AliasClash, new($"the alias {alias.SitePath} is already an alias at {first.Location}; an old address can lead to one page only",
                $"den gamle adressen {alias.SitePath} står allerede under «aliases» i {first.Location} – en gammel adresse kan bare føre til én side"));
        // The redirect page is a file named after the address: it cannot sit inside a file, nor take the name of a folder.
        if (tree.FileAbove(path) is { } file)
        {
            var made = Made(file, files, aliases);
            return (DiagnosticCodes.AliasClash, new($"the alias {alias.SitePath} lies inside /{file}, which is a file of the site, not a folder ({made.En}); remove it from 'aliases'",
                $"den gamle adressen {alias.SitePath} ligger inni /{file}, som er en fil på nettstedet og ikke en mappe ({made.Nb}) – fjern den fra «aliases»"));
        }
        if (tree.FileInside(path) is { } inside)
            return (DiagnosticCodes.AliasClash, new($"the alias {alias.SitePath} is the name of a folder of the site (with /{inside} in it); remove it from 'aliases', or write it as {alias.SitePath}/",
                $"den gamle adressen {alias.SitePath} er navnet på en mappe på nettstedet (med /{inside} i) – fjern den fra «aliases», eller skriv den som {alias.SitePath}/"));
        return null;
    }

    private static LocalizedText Made(string path, Dictionary<string, string> files, Dictionary<string, Alias> aliases) =>
        aliases.TryGetValue(path, out var alias) ? new($"an alias at {alias.Location}", $"en gammel adresse i {alias.Location}")
            : new($"made from {files.GetValueOrDefault(path, path)}", $"laget av {files.GetValueOrDefault(path, path)}");

    private static IEnumerable<(Article Article, string SitePath)> Articles(SiteModel model)
    {
        if (model.Home is { } home)
            yield return (home.Article, home.SitePath);
        foreach (var page in model.Pages)
            yield return (page.Article, page.SitePath);
        foreach (var item in model.News)
            yield return (item.Article, SitePaths.News(item.Slug));
    }

    private static byte[] Page(SiteModel model, ViewFactory views, string title, string sitePath)
    {
        var url = Html.Escape(model.Config.Url(sitePath));
        var canonical = Html.Escape(model.Config.AbsoluteUrl(sitePath));
        var text = Html.Escape(title);
        var moved = Html.Escape(views.Text("redirect.moved")).Replace("{0}", $"<a href=\"{url}\">{text}</a>", StringComparison.Ordinal);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{Html.Escape(views.Language)}">
            <head>
            <meta charset="utf-8">
            <title>{text}</title>
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={url}">
            <link rel="canonical" href="{canonical}">
            </head>
            <body>
            <p>{moved}</p>
            </body>
            </html>

            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
