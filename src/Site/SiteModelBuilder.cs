using System.Collections.Immutable;
using SiteGen.Calendar;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Documents;
using SiteGen.History;
using SiteGen.Sources;
using SiteGen.Urls;

namespace SiteGen.Site;

/// <summary>
/// Phase 3: from parsed content to one immutable model. Filters drafts and scheduled items,
/// orders everything, and cross-checks what single files cannot: duplicate slugs and ids,
/// references to deadlines, audiences and links.
/// </summary>
public static class SiteModelBuilder
{
    /// <param name="stamp">Calendar stamps for the final deadlines (from git history), given by the caller so it can keep them between builds.</param>
    public static SiteModel Build(ModelInputs inputs, Func<ImmutableArray<Deadline>, ImmutableDictionary<string, DeadlineStamp>> stamp, DiagnosticBag diagnostics)
    {
        var (config, sources, parsed, time) = (inputs.Config, inputs.Sources, inputs.Parsed, inputs.Time);
        bool Visible(Article d) => Publication.IsVisible(d, time.LocalNow, inputs.IncludeDrafts);

        var news = parsed.News.Where(n => Visible(n.Article)).Order(Ordering.NewestFirst).ToImmutableArray();
        var pages = parsed.Pages.Where(p => Visible(p.Article)).Select(p => TranslationLinker.Place(p, config)).Order(Ordering.ByMenuThenTitle).ToImmutableArray();
        WarnAboutFutureNews(news, time.LocalNow, diagnostics);
        // What a clash reports is left out of the model, so the build can go on to check links without the
        // clash coming back as two pages written to one place.
        var clashing = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        clashing.UnionWith(CheckUniqueSlugs(news.Select(n => n.Article), new("news items", "nyheter"), diagnostics));
        var inSiteLanguage = pages.Where(p => (p.Article.Language ?? config.Language) == config.Language).ToImmutableArray();
        clashing.UnionWith(CheckUniqueSlugs(inSiteLanguage.Select(p => p.Article), new("pages", "sider"), diagnostics));
        clashing.UnionWith(CheckReservedSlugs(inSiteLanguage, diagnostics));
        clashing.UnionWith(CheckUniqueAddresses(pages, inSiteLanguage, diagnostics));
        news = [.. news.Where(n => !clashing.Contains(n.Article))];
        pages = [.. pages.Where(p => !clashing.Contains(p.Article))];
        var translations = TranslationLinker.Link(pages, news, config, diagnostics, parsed.Unread);

        var deadlines = parsed.Deadlines.AddRange(news.SelectMany(n => n.DeclaredDeadlines)).Order(Ordering.Chronological).ToImmutableArray();
        deadlines = CheckUniqueDeadlineIds(deadlines, diagnostics);
        CheckAudiences(config, deadlines, diagnostics);
        CheckDeadlineReferences(news, deadlines, parsed.Unread, diagnostics);
        WarnAboutSkippedTimes(config, deadlines, diagnostics);
        // The page, its "om 2 timer" and the feeds all show the time that exists (03:30, not 02:30).
        deadlines = [.. deadlines.Select(d => d.ResolvedIn(config.TimeZone)).Order(Ordering.Chronological)];

        var files = inputs.Documents.All.Select(d => new Asset(d.OutputPath, d.DisplayPath, d.Bytes)).ToImmutableArray();
        var staticFiles = StaticOverlay(sources.StaticFiles);
        // A broken 'link' is reported at its line; left in, every page showing the deadline would report it again.
        var brokenLinks = DeadlineLinkChecker.Check(config, deadlines, pages, news, [.. files, .. staticFiles], parsed.Unread, diagnostics);
        deadlines = [.. deadlines.Select(d => brokenLinks.Contains(d) ? d with { Link = null, LinkLocation = null } : d)];

        var model = new SiteModel(config, time,
            pages.FirstOrDefault(p => p.SitePath == "/"), [.. pages.Where(p => p.SitePath != "/")], news, deadlines, files, staticFiles,
            sources.Templates, IndexNewsByDeadline(news), stamp(deadlines))
        {
            Translations = translations,
            Unpublished = UnpublishedItem.Find(parsed, time.LocalNow, inputs.IncludeDrafts),
            Documents = inputs.Documents,
            Strings = inputs.Strings,
            LastCommitted = inputs.History.LastCommitted,
        };
        WarnAboutLanguagesWithoutTexts(model, inputs.Strings, diagnostics);
        // A file that could not be read may be the one that links a document: "nobody links to it" would be a follow-on.
        if (!parsed.Unread.Any)
            DocumentReferences.Check(model, diagnostics);
        return model;
    }

    /// <summary>Pages in a language the theme has no texts for show its Bokmål texts; said once per language, at the first such page.</summary>
    private static void WarnAboutLanguagesWithoutTexts(SiteModel model, I18n.UiStrings strings, DiagnosticBag diagnostics)
    {
        if (!strings.Languages.Any())
            return; // a theme without texts of its own (its templates do not use 't')
        foreach (var group in model.Articles.Where(d => d.Language is { } l && !strings.Has(l)).GroupBy(d => d.Language!, StringComparer.Ordinal))
        {
            var first = group.OrderBy(d => d.Source.Path, StringComparer.Ordinal).First();
            diagnostics.Warning(DiagnosticCodes.MissingUiString,
                en: $"the theme has no texts in '{group.Key}' ({strings.PathOf(group.Key)} does not exist); menus, headings and link texts on pages in '{group.Key}' are shown in {I18n.Languages.Fallback}",
                nb: $"temaet har ingen tekster på «{group.Key}» ({strings.PathOf(group.Key)} finnes ikke), så menyer, overskrifter og lenketekster på sider på «{group.Key}» vises på «{I18n.Languages.Fallback}»",
                first.LanguageLocation ?? first.Source);
        }
    }

    private static void WarnAboutFutureNews(ImmutableArray<NewsItem> news, DateTime localNow, DiagnosticBag diagnostics)
    {
        foreach (var item in news.Where(n => n.Date.LocalDateTime > localNow && n.Article.PublishDate is null))
            diagnostics.Warning(DiagnosticCodes.FutureItem,
                en: $"'date' {item.Date.Date:yyyy-MM-dd} is in the future, but the item is published now; use 'publishDate' to wait",
                nb: $"datoen i «date» ({item.Date.Date:yyyy-MM-dd}) er fram i tid, men saken blir publisert nå – skriv «publishDate: {item.Date.Date:yyyy-MM-dd}» hvis den skal vente til da",
                item.Article.Source);
    }

    /// <param name="what">The kind of content, plural: "news items".</param>
    private static List<Article> CheckUniqueSlugs(IEnumerable<Article> documents, LocalizedText what, DiagnosticBag diagnostics)
    {
        var reported = new List<Article>();
        foreach (var group in documents.GroupBy(d => d.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            reported.AddRange(group.Skip(1));
            foreach (var other in group.Skip(1))
                diagnostics.Error(DiagnosticCodes.DuplicateSlug,
                    en: $"two {what.En} have the URL slug '{group.Key}' (the other is {first.Source.Path}); rename one file or set 'slug:'",
                    nb: $"to {what.Nb} har samme adresse, «{group.Key}» (den andre er {first.Source.Path}) – gi den ene filen et annet navn, eller skriv en annen «slug:»",
                    other.SlugLocation ?? other.Source);
        }
        return reported;
    }

    private static List<Article> CheckReservedSlugs(ImmutableArray<Page> pages, DiagnosticBag diagnostics)
    {
        var reserved = pages.Where(p => SitePaths.Reserved.Contains(p.Slug)).ToList();
        foreach (var page in reserved)
            diagnostics.Error(DiagnosticCodes.DuplicateSlug,
                en: $"the page slug '{page.Slug}' is used by the site itself; choose another file name or 'slug:'",
                nb: $"adressen «{page.Slug}» brukes av nettstedet selv – gi filen et annet navn, eller skriv en annen «slug:»",
                page.Article.SlugLocation ?? page.Article.Source);
        return [.. reserved.Select(p => p.Article)];
    }

    /// <summary>Pages in other languages share addresses under "/&lt;lang&gt;/"; two pages there, or a page whose slug is a language code, may clash.</summary>
    private static List<Article> CheckUniqueAddresses(ImmutableArray<Page> pages, ImmutableArray<Page> inSiteLanguage, DiagnosticBag diagnostics)
    {
        var reported = new List<Article>();
        foreach (var group in pages.GroupBy(p => p.SitePath, StringComparer.Ordinal).Where(g => g.Count() > 1 && !g.All(inSiteLanguage.Contains)))
        {
            var ordered = group.OrderBy(p => p.Article.Source.Path, StringComparer.Ordinal).ToList();
            reported.AddRange(ordered.Skip(1).Select(p => p.Article));
            foreach (var other in ordered.Skip(1))
                diagnostics.Error(DiagnosticCodes.DuplicateSlug,
                    en: $"two pages have the address {group.Key} (the other is {ordered[0].Article.Source.Path}); change 'slug:' or 'lang:' of one",
                    nb: $"to sider har adressen {group.Key} (den andre er {ordered[0].Article.Source.Path}) – endre «slug:» eller «lang:» på en av dem",
                    other.Article.Source);
        }
        return reported;
    }

    /// <summary>The deadlines without the duplicates it reports (each would be written to the same calendar file as the first).</summary>
    private static ImmutableArray<Deadline> CheckUniqueDeadlineIds(ImmutableArray<Deadline> deadlines, DiagnosticBag diagnostics)
    {
        var duplicates = new HashSet<Deadline>(ReferenceEqualityComparer.Instance);
        // Calendar apps compare UIDs without regard to case in practice, so ids differing only in case would collide.
        foreach (var group in deadlines.GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(d => d.Source.Path, StringComparer.Ordinal).ThenBy(d => d.Source.Line).ToList();
            duplicates.UnionWith(ordered.Skip(1));
            foreach (var duplicate in ordered.Skip(1))
                diagnostics.Error(DiagnosticCodes.DuplicateId,
                    en: $"the deadline id '{duplicate.Id}' is already used at {ordered[0].Source}; every deadline needs its own id",
                    nb: $"id-en «{duplicate.Id}» er allerede brukt av fristen i {ordered[0].Source} – hver frist må ha sin egen id",
                    duplicate.Source);
        }
        return duplicates.Count == 0 ? deadlines : [.. deadlines.Where(d => !duplicates.Contains(d))];
    }

    private static void CheckAudiences(SiteConfig config, ImmutableArray<Deadline> deadlines, DiagnosticBag diagnostics)
    {
        if (config.Audiences.IsEmpty)
            return;
        var known = string.Join(", ", config.Audiences.Select(a => a.Key));
        foreach (var deadline in deadlines)
        {
            foreach (var (audience, location) in deadline.AudienceLocations.IsDefault ? [] : deadline.AudienceLocations)
            {
                if (config.AudienceLabel(audience) is null)
                    diagnostics.Error(DiagnosticCodes.UnknownValue,
                        en: $"unknown audience '{audience}'; use one of: {known} (or add it under 'audiences:' in site.yml)",
                        nb: $"målgruppen «{audience}» finnes ikke – bruk en av disse: {known} (eller legg den til under «audiences:» i site.yml)",
                        location);
            }
        }
    }

    private static void CheckDeadlineReferences(ImmutableArray<NewsItem> news, ImmutableArray<Deadline> deadlines, FollowOn unread, DiagnosticBag diagnostics)
    {
        var ids = deadlines.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var known = ids.Concat(unread.UnreadDeadlineIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var (id, location) in news.SelectMany(n => n.DeadlineIds).Where(r => !ids.Contains(r.Id)))
        {
            if (unread.AbsorbsDeadline(id))
                continue; // the record is there, but could not be read: its own error says so
            var meant = Suggestions.Closest(id, known);
            diagnostics.Error(DiagnosticCodes.UnknownDeadline, meant is null
                ? new($"no deadline has the id '{id}' (ids are in data/deadlines.yml)",
                    $"ingen frist har id-en «{id}» – sjekk stavemåten mot id-ene i data/deadlines.yml")
                : new($"no deadline has the id '{id}'; did you mean '{meant}'?",
                    $"ingen frist har id-en «{id}» – mente du «{meant}»?"),
                location);
        }
    }

    private static void WarnAboutSkippedTimes(SiteConfig config, ImmutableArray<Deadline> deadlines, DiagnosticBag diagnostics)
    {
        foreach (var d in deadlines.Where(d => d.IsTimed && Time.LocalTime.IsSkipped(d.Start.LocalDateTime, config.TimeZone)))
        {
            var instant = Time.LocalTime.ToInstant(d.Start.LocalDateTime, config.TimeZone);
            diagnostics.Warning(DiagnosticCodes.NonexistentTime,
                en: $"{d.Start.LocalDateTime:yyyy-MM-dd HH:mm} does not exist in {config.TimeZone.Id} (the clocks go forward); the page and calendars show {instant:HH:mm}",
                nb: $"klokkeslettet {d.Start.LocalDateTime:yyyy-MM-dd HH:mm} finnes ikke i {config.TimeZone.Id} (klokken stilles fram den natten), så siden og kalenderne viser {instant:HH:mm} – velg et annet klokkeslett",
                d.Source);
        }
    }

    private static ImmutableDictionary<string, ImmutableArray<NewsItem>> IndexNewsByDeadline(ImmutableArray<NewsItem> news) =>
        news.SelectMany(n => n.DeadlineIds.Select(r => (r.Id, Item: n)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.Item).Distinct().ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>theme/static first, then input/static on top: on a clash the site's own file wins.</summary>
    private static ImmutableArray<Asset> StaticOverlay(ImmutableArray<SourceFile> files)
    {
        var byPath = new SortedDictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var output = file.RelativePath["static/".Length..];
            byPath[output] = new Asset(output, file.DisplayPath, file.Bytes);
        }
        return [.. byPath.Values];
    }
}
