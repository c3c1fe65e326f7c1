using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Content;
using SiteGen.Urls;

namespace SiteGen.Site;

/// <summary>A deadline's 'link' must lead to a page, news item, file or deadline that the site has.</summary>
public static class DeadlineLinkChecker
{
    /// <returns>The deadlines whose link it reported, so the build can leave those links out of the pages it still checks.</returns>
    public static HashSet<Deadline> Check(ImmutableArray<Deadline> deadlines, ImmutableArray<Page> pages, ImmutableArray<NewsItem> news, ImmutableArray<Asset> files,
        FollowOn unread, DiagnosticBag diagnostics)
    {
        var broken = new HashSet<Deadline>(ReferenceEqualityComparer.Instance);
        var paths = KnownPaths(pages, news, files);
        var ids = deadlines.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var deadline in deadlines)
        {
            if (deadline.Link is not { } link || !link.StartsWith('/'))
                continue;
            var hash = link.IndexOf('#');
            var path = (hash >= 0 ? link[..hash] : link).Split('?')[0];
            var anchor = hash >= 0 ? link[(hash + 1)..] : null;
            var exists = paths.Contains(path) || paths.Contains(path.TrimEnd('/') + "/");
            if (exists && anchor is not null && path == SitePaths.Deadlines && !ids.Contains(anchor))
                exists = false;
            if (!exists && (unread.AbsorbsPath(path) || anchor is not null && path == SitePaths.Deadlines && unread.AbsorbsDeadline(anchor)))
                continue; // it leads to a file or record that could not be read
            if (!exists && broken.Add(deadline))
                diagnostics.Error(DiagnosticCodes.BrokenLink, Nearest(path, anchor, paths, ids) is { } meant
                    ? new($"'link' {link} leads nowhere: no page, news item or file has that address; did you mean {meant}?",
                        $"lenken i «link», {link}, fører ingen steder: ingen side, nyhet eller fil har den adressen – mente du {meant}?")
                    : new($"'link' {link} leads nowhere: no page, news item or file has that address",
                        $"lenken i «link», {link}, fører ingen steder: ingen side, nyhet eller fil har den adressen – sjekk stavemåten"),
                    deadline.LinkLocation ?? deadline.Source);
        }
        return broken;
    }

    /// <summary>The nearest address the site has: another page, or on /frister/ another deadline's anchor.</summary>
    private static string? Nearest(string path, string? anchor, HashSet<string> paths, HashSet<string> ids) =>
        anchor is not null && path == SitePaths.Deadlines
            ? Suggestions.Closest(anchor, ids.Order(StringComparer.Ordinal)) is { } id ? SitePaths.Deadline(id) : null
            : Suggestions.Closest(path, paths.Order(StringComparer.Ordinal));

    private static HashSet<string> KnownPaths(ImmutableArray<Page> pages, ImmutableArray<NewsItem> news, ImmutableArray<Asset> files)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { "/", SitePaths.Deadlines, SitePaths.NewsList(1), SitePaths.Documents };
        paths.UnionWith(pages.Select(p => p.SitePath));
        paths.UnionWith(news.Select(n => SitePaths.News(n.Slug)));
        paths.UnionWith(files.Select(f => "/" + f.OutputPath));
        return paths;
    }
}
