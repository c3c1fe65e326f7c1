using System.Collections.Immutable;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Urls;

namespace SiteGen.Site;

/// <summary>
/// Pages in more than one language: places each page at its address (a page in another language than
/// the site's lives under "/&lt;lang&gt;/") and links translations to their original through
/// 'translation_of', reporting a translation that points at nothing, or that clashes, at its line.
/// </summary>
public static class TranslationLinker
{
    public static Page Place(Page page, SiteConfig config)
    {
        var language = page.Article.Language ?? config.Language;
        var prefix = language == config.Language ? "/" : $"/{language}/";
        // The translation of the home page is the home page of its language.
        var isHome = page.Article.TranslationOf is { } link && language != config.Language ? link.SitePath == "/" : page.IsHome;
        return page with { SitePath = isHome ? prefix : $"{prefix}{page.Slug}/" };
    }

    /// <param name="pages">Every published page, the home page included, already placed.</param>
    /// <param name="unread">Pages that could not be read: a translation of one of them is not reported as leading nowhere.</param>
    public static Translations Link(ImmutableArray<Page> pages, ImmutableArray<NewsItem> news, SiteConfig config, DiagnosticBag diagnostics, FollowOn? unread = null)
    {
        string LanguageOf(Page p) => p.Article.Language ?? config.Language;
        var byPath = pages.GroupBy(p => p.SitePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var newsPaths = news.Select(n => SitePaths.News(n.Slug)).ToHashSet(StringComparer.Ordinal);

        foreach (var item in news.Where(n => n.Article.TranslationOf is not null))
            diagnostics.Error(DiagnosticCodes.TranslationConflict,
                en: "only pages can have 'translation_of'; a news item in another language is written with 'lang:' alone",
                nb: "bare sider kan ha «translation_of:» – en nyhet på et annet språk skrives med bare «lang:»",
                item.Article.TranslationOf!.Location);

        var groups = new SortedDictionary<string, List<Page>>(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => p.Article.TranslationOf is not null).OrderBy(p => p.Article.Source.Path, StringComparer.Ordinal))
        {
            var link = page.Article.TranslationOf!;
            if (!byPath.TryGetValue(link.SitePath, out var original) && (unread ?? FollowOn.None).AbsorbsPath(link.SitePath))
                continue;
            if (original is null)
            {
                var isNews = newsPaths.Contains(link.SitePath);
                diagnostics.Error(DiagnosticCodes.DanglingTranslation,
                    en: $"'translation_of' leads nowhere: no page has the address {link.SitePath}" + (isNews
                        ? "; that is a news item, and only pages can be translated"
                        : "; write the address of the original page, like /om-prosjektet/ (or / for the home page)"),
                    nb: $"«translation_of:» peker ikke på noen side: ingen side har adressen {link.SitePath}" + (isNews
                        ? " – det er en nyhet, og bare sider kan oversettes"
                        : " – skriv adressen til originalsiden, som /om-prosjektet/ (eller / for forsiden)"),
                    link.Location);
            }
            else if (original.Article.TranslationOf is { } further)
                diagnostics.Error(DiagnosticCodes.TranslationConflict,
                    en: $"{link.SitePath} is itself a translation of {further.SitePath}; point 'translation_of' at the original, {further.SitePath}",
                    nb: $"{link.SitePath} er selv en oversettelse av {further.SitePath} – la «translation_of:» peke på originalen, {further.SitePath}",
                    link.Location);
            else if (LanguageOf(original) == LanguageOf(page))
                diagnostics.Error(DiagnosticCodes.TranslationConflict,
                    en: $"this page and {link.SitePath} are both in '{LanguageOf(page)}'; give the translation its language with 'lang:'",
                    nb: $"denne siden og {link.SitePath} er begge på «{LanguageOf(page)}» – gi oversettelsen sitt språk med «lang:»",
                    link.Location);
            else if (groups.GetValueOrDefault(original.SitePath)?.FirstOrDefault(p => LanguageOf(p) == LanguageOf(page)) is { } other)
                diagnostics.Error(DiagnosticCodes.TranslationConflict,
                    en: $"{other.Article.Source.Path} is already the '{LanguageOf(page)}' translation of {link.SitePath}; a page has one translation per language",
                    nb: $"{other.Article.Source.Path} er allerede oversettelsen til «{LanguageOf(page)}» av {link.SitePath} – en side har én oversettelse per språk",
                    link.Location);
            else
            {
                if (!groups.TryGetValue(original.SitePath, out var members))
                    groups[original.SitePath] = members = [original];
                members.Add(page);
            }
        }

        var bySitePath = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Translation>>(StringComparer.Ordinal);
        foreach (var members in groups.Values)
        {
            var versions = members
                .Select((p, i) => new Translation(LanguageOf(p), p.SitePath, IsOriginal: i == 0))
                .OrderBy(t => t.IsOriginal ? 0 : 1).ThenBy(t => t.Language, StringComparer.Ordinal)
                .ToImmutableArray();
            foreach (var version in versions)
                bySitePath[version.SitePath] = versions;
        }
        var homes = pages
            .Where(p => p.SitePath == (LanguageOf(p) == config.Language ? "/" : $"/{LanguageOf(p)}/"))
            .GroupBy(LanguageOf, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.First().SitePath, StringComparer.Ordinal);
        return new Translations(bySitePath.ToImmutable(), homes);
    }
}
