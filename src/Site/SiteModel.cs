using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Documents;

namespace SiteGen.Site;

/// <summary>
/// Everything the renderer needs, loaded, validated and cross-checked. Rendering reads only this,
/// never the disk. Lists are in their final order.
/// </summary>
public sealed record SiteModel(
    SiteConfig Config,
    Time.SiteTime Time,
    Page? Home,
    ImmutableArray<Page> Pages,
    ImmutableArray<NewsItem> News,
    ImmutableArray<Deadline> Deadlines,
    ImmutableArray<Asset> Files,
    ImmutableArray<Asset> StaticFiles,
    ImmutableArray<Sources.SourceFile> Templates,
    ImmutableDictionary<string, ImmutableArray<NewsItem>> NewsByDeadline,
    ImmutableDictionary<string, Calendar.DeadlineStamp> DeadlineStamps)
{
    /// <summary>The instant of the build.</summary>
    public DateTimeOffset Now => Time.Now;

    /// <summary>The build's date in the site's time zone.</summary>
    public DateOnly Today => Time.Today;

    /// <summary>Every published file (input/files/ and files beside news and pages) with its type, size and PDF facts.</summary>
    public DocumentIndex Documents { get; init; } = DocumentIndex.Empty;

    /// <summary>By a document's input path: the pages, news items and deadlines that link to it (an index over this model, made on first use).</summary>
    public ImmutableDictionary<string, ImmutableArray<DocumentReference>> DocumentReferences => References.GetValue(this, Site.DocumentReferences.Build);

    private static readonly ConditionalWeakTable<SiteModel, ImmutableDictionary<string, ImmutableArray<DocumentReference>>> References = new();

    public ImmutableArray<DocumentReference> ReferencesTo(Document document) =>
        DocumentReferences.TryGetValue(document.InputPath, out var references) ? references : [];

    /// <summary>Pages marked 'home: true', shown in full on the home page of their language.</summary>
    public IEnumerable<Page> FeaturedPages(string language) =>
        Pages.Where(p => p.Article.Params.GetValueOrDefault("home") is true && LanguageOf(p.Article) == language);

    /// <summary>Each home page's address and language: "/" in its language, and each translation's home ("/en/").</summary>
    public IEnumerable<(string SitePath, string Language)> HomePages() =>
        Pages.Where(p => Translations.IsHome(p.SitePath) && p.SitePath != "/").Select(p => (p.SitePath, LanguageOf(p.Article)))
            .Prepend(("/", Home is null ? Config.Language : LanguageOf(Home.Article)));

    /// <summary>The deadlines a news item refers to, in the model's (chronological) order.</summary>
    public ImmutableArray<Deadline> DeadlinesOf(NewsItem item)
    {
        // A lookup by id instead of a scan of every deadline per item: a scan made news pages cost
        // items x deadlines. The index lives as long as this Deadlines array, whatever 'with' copies.
        if (item.DeadlineIds.IsDefaultOrEmpty || Deadlines.IsDefaultOrEmpty)
            return [];
        var positions = DeadlinePositions.GetValue(ImmutableCollectionsMarshal.AsArray(Deadlines)!, PositionsById);
        var found = new SortedSet<int>();
        foreach (var (id, _) in item.DeadlineIds)
        {
            if (positions.TryGetValue(id, out var list))
                found.UnionWith(list);
        }
        return [.. found.Select(p => Deadlines[p])];
    }

    private static readonly ConditionalWeakTable<Deadline[], Dictionary<string, List<int>>> DeadlinePositions = new();

    private static Dictionary<string, List<int>> PositionsById(Deadline[] deadlines)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < deadlines.Length; i++)
        {
            if (!positions.TryGetValue(deadlines[i].Id, out var list))
                positions[deadlines[i].Id] = list = [];
            list.Add(i);
        }
        return positions;
    }

    public ImmutableArray<NewsItem> NewsOf(Deadline deadline) =>
        NewsByDeadline.TryGetValue(deadline.Id, out var items) ? items : [];

    /// <summary>Every news item and page in the model, the home page first.</summary>
    public IEnumerable<Article> Articles => Pages.Prepend(Home).OfType<Page>().Select(p => p.Article).Concat(News.Select(n => n.Article));

    /// <summary>
    /// Every link written in Markdown (bodies and deadline descriptions) with its source position, in source order: how the link check
    /// and the page audit point at the line a finding came from. Sorted each time it is read, and only then: a build with nothing to
    /// report never reads it, and sorting it anyway was the longest step a rebuild after a save waited for in its link check.
    /// </summary>
    public IEnumerable<SourceLink> SourceLinks =>
        Articles.SelectMany(d => d.Body.Links).Concat(Deadlines.SelectMany(d => d.DescriptionLinks))
            .OrderBy(l => l.Location.Path, StringComparer.Ordinal).ThenBy(l => l.Location.Line).ThenBy(l => l.Location.Column);

    /// <summary>Every heading of the news items and pages, with its id and source position.</summary>
    public IEnumerable<TocEntry> Headings => Articles.SelectMany(d => d.Body.Headings);

    /// <summary>The part of the model the calendar files are made from.</summary>
    public Calendar.CalendarData CalendarData => new(Config, Deadlines, DeadlineStamps, Today, Strings);

    /// <summary>The theme's texts in each language (theme/i18n/&lt;lang&gt;.yml).</summary>
    public I18n.UiStrings Strings { get; init; } = I18n.UiStrings.Empty;

    /// <summary>Which pages translate which, and each language's home page.</summary>
    public Translations Translations { get; init; } = Translations.Empty;

    /// <summary>News items and pages left out on purpose (drafts, scheduled, expired), for the preview to list.</summary>
    public ImmutableArray<UnpublishedItem> Unpublished { get; init; } = [];

    /// <summary>The language a page or news item is written in: its 'lang', else the site's.</summary>
    public string LanguageOf(Article document) => document.Language ?? Config.Language;

    /// <summary>When each news item and page was last changed in git after the commit that added it, by source path; empty without history.</summary>
    public ImmutableDictionary<string, DateTimeOffset> LastCommitted { get; init; } = ImmutableDictionary<string, DateTimeOffset>.Empty;
}
