using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Scriban.Runtime;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Views;
using SiteGen.Site;
using SiteGen.Urls;

namespace SiteGen.Rendering;

/// <summary>
/// Turns the model into the plain view records templates loop over; all date logic stays here. One
/// factory writes one language (dates, deadline status, theme texts); <see cref="For"/> gives the others.
/// </summary>
public sealed class ViewFactory
{
    /// <summary>Pages with at least this many headings get a table of contents unless 'toc:' says otherwise.</summary>
    public const int TocThreshold = 3;

    private readonly SiteModel model;
    private readonly DateFormatter dates;
    private readonly ConcurrentDictionary<string, ViewFactory> family;
    private readonly ConcurrentDictionary<NewsItem, ArticleView> newsViews = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, DeadlineView> deadlineViews = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<MenuItemView>> menus = new(StringComparer.Ordinal);
    // The language switch's languages are the same on every page without translations (most of them): worked out once.
    private readonly Lazy<List<string>> untranslatedSwitch;
    private readonly Lock gate = new();

    /// <param name="diagnostics">Where a theme text missing from the language's file is reported; null to stay silent.</param>
    public ViewFactory(SiteModel model, DiagnosticBag? diagnostics = null)
        : this(model, model.Config.Language, diagnostics, new ConcurrentDictionary<string, ViewFactory>(StringComparer.Ordinal))
    {
    }

    private ViewFactory(SiteModel model, string language, DiagnosticBag? diagnostics, ConcurrentDictionary<string, ViewFactory> family)
    {
        this.model = model;
        this.family = family;
        Language = language;
        dates = DateFormatter.For(language);
        Translate = new TranslateFunction(model.Strings, language, diagnostics);
        Functions = TemplateI18n.Functions(this);
        untranslatedSwitch = new(() => SwitchLanguages([]));
        family.TryAdd(language, this);
    }

    /// <summary>The language this factory writes: its pages' &lt;html lang&gt;, dates and theme texts.</summary>
    public string Language { get; }

    /// <summary>The home page of this language, else the site's, with the base path.</summary>
    public string HomeUrl => model.Config.Url(model.Translations.Homes.GetValueOrDefault(Language) ?? "/");

    /// <summary>The template function 't' in this language.</summary>
    internal TranslateFunction Translate { get; }

    /// <summary>'t', 'lang_attr' and 'in_language' for templates rendering a page in this language.</summary>
    public ScriptObject Functions { get; }

    /// <summary>The factory for pages in another language (the same one for this language).</summary>
    public ViewFactory For(string? language) =>
        language is null || language == Language ? this : family.GetOrAdd(language, l => new ViewFactory(model, l, Translate.Diagnostics, family));

    /// <summary>A theme text in this language, for texts written in code (a deadline's status).</summary>
    public string Text(string key, params object[] values)
    {
        var text = Translate.Text(key, () => SourceLocation.StartOf(model.Strings.PathOf(Language)));
        for (var i = 0; i < values.Length; i++)
            text = text.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", Convert.ToString(values[i], CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return text;
    }

    public SiteView Site() => new(
        model.Config.Title, model.Config.Subtitle, model.Config.Description, model.Config.Language, model.Config.Owner,
        model.Config.BaseUrl.AbsoluteUri, model.Config.Url("/"), model.Config.AccessibilityStatementUrl is { } statement ? Href(statement) : null,
        [.. model.Config.Audiences.Select(a => new AudienceView(a.Key, a.Value))], model.Config.Params);

    /// <summary>
    /// The menu of this language's pages (the main menu, marked as in the site's language, when it has none of its own),
    /// as the page at <paramref name="currentSitePath"/> shows it. Pages that mark the same entries share one
    /// menu, so a site's thousand news items draw and fingerprint a handful of menus, not a thousand.
    /// </summary>
    public ImmutableArray<MenuItemView> Menu(string currentSitePath)
    {
        var items = model.Config.MenuFor(Language);
        var marks = new char[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var path = AsPagePath(items[i].Url);
            marks[i] = (char)('0' + (path == currentSitePath ? Current : 0) + (IsInSection(path, currentSitePath) ? InSection : 0));
        }
        return menus.GetOrAdd(new string(marks), MenuMarked);
    }

    private const int Current = 1;
    private const int InSection = 2;

    private ImmutableArray<MenuItemView> MenuMarked(string marks)
    {
        var language = model.Config.HasOwnMenu(Language) ? null : model.Config.Language;
        return [.. model.Config.MenuFor(Language).Select((m, i) =>
            new MenuItemView(m.Title, Href(m.Url), ((marks[i] - '0') & Current) != 0, ((marks[i] - '0') & InSection) != 0) { Language = language })];
    }

    /// <summary>hreflang alternates for &lt;head&gt;: every version of the page (itself included) and x-default, the original; empty when it has no translation.</summary>
    public ImmutableArray<AlternateView> Alternates(string sitePath)
    {
        var versions = model.Translations.Of(sitePath);
        if (versions.IsEmpty)
            return [];
        return [.. versions.Select(v => new AlternateView(v.Language, model.Config.AbsoluteUrl(v.SitePath))),
                new AlternateView("x-default", model.Config.AbsoluteUrl(versions.First(v => v.IsOriginal).SitePath))];
    }

    /// <summary>
    /// The language switch: each language of the site by its own name, leading to this page's translation,
    /// else to that language's home page; the current language is marked. Empty on a site with one language.
    /// </summary>
    public ImmutableArray<LanguageLinkView> LanguageSwitch(string sitePath)
    {
        var versions = model.Translations.Of(sitePath);
        var homes = model.Translations.Homes;
        var languages = versions.IsEmpty ? untranslatedSwitch.Value : SwitchLanguages(versions);
        if (languages.Count < 2)
            return [];
        return [.. languages.Select(l => new LanguageLinkView(l, I18n.Languages.NameOf(l),
            model.Config.Url(l == Language ? sitePath : versions.FirstOrDefault(v => v.Language == l)?.SitePath ?? homes[l]), l == Language))];
    }

    private List<string> SwitchLanguages(ImmutableArray<Translation> versions) =>
        [.. model.Translations.Homes.Keys.Concat(versions.Select(v => v.Language)).Append(Language).Distinct(StringComparer.Ordinal)
            .OrderBy(l => l == model.Config.Language ? -1 : I18n.Languages.All.IndexOf(I18n.Languages.All.FirstOrDefault(k => k.Code == l)))];

    public string Href(string url) => model.Config.Href(url);

    public DateView Date(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), dates.Day(date), dates.Weekday(date));

    /// <summary>The news item for templates; one view per item, so the many pages that list it share it.</summary>
    public ArticleView News(NewsItem item) => newsViews.GetOrAdd(item, NewsView);

    private ArticleView NewsView(NewsItem item) => View(item.Article, SitePaths.News(item.Slug), Date(item.Date.Date), item.Tags,
        [.. model.DeadlinesOf(item).Select(Deadline)], Updated(item.Article, item.Date.Date));

    public ArticleView Page(Page page) => View(page.Article, page.SitePath, null, [], [], Updated(page.Article));

    /// <summary>"Sist oppdatert" as a date in the site's time zone (see <see cref="ContentDates.UpdatedAt"/>); null when the item was never updated.</summary>
    public DateOnly? Updated(Article document, DateOnly? publishedOn = null) =>
        ContentDates.UpdatedAt(model, document, publishedOn) is { } updated ? ContentDates.LocalDate(model, updated) : null;

    public DeadlineView Deadline(Deadline deadline)
    {
        lock (gate)
        {
            if (!deadlineViews.TryGetValue(deadline.Id, out var view))
                deadlineViews[deadline.Id] = view = CreateDeadline(deadline);
            return view;
        }
    }

    public ImmutableArray<DeadlineView> Deadlines(IEnumerable<Deadline> deadlines) => [.. deadlines.Select(Deadline)];

    public bool IsPast(Deadline deadline) => deadline.IsTimed
        ? deadline.Start.LocalDateTime < model.Time.LocalNow
        : deadline.LastDay < model.Today;

    private DeadlineView CreateDeadline(Deadline d)
    {
        var isPast = IsPast(d);
        var status = d.Cancelled ? Text("deadline.cancelled") : isPast ? Text("deadline.status_past") : DaysLeft(d);
        return new DeadlineView(
            d.Id, d.Title, model.Config.Url(SitePaths.Deadline(d.Id)),
            d.End is { } end ? dates.Range(d.Start, end) : dates.Of(d.Start),
            d.Start.Time is { } t ? $"{d.Start.Date:yyyy-MM-dd}T{t:HH\\:mm}" : d.Start.IsMonth && d.End is null ? $"{d.Start.Date:yyyy-MM}" : $"{d.Start.Date:yyyy-MM-dd}",
            d.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            isPast, d.Cancelled, d.End is not null || d.Start.IsMonth, status,
            [.. d.Audiences.Select(a => new AudienceView(a, model.Config.AudienceLabel(a) ?? a))],
            new RawHtml(d.DescriptionHtml),
            MoreLink(d),
            model.Config.Url(SitePaths.DeadlineCalendar(d.Id)),
            [.. model.NewsOf(d).Select(n => new LinkView(n.Title, model.Config.Url(SitePaths.News(n.Slug))))],
            DocumentsOf(d));
    }

    /// <summary>Files the deadline itself or its news items link to: what a reader needs to meet it.</summary>
    private ImmutableArray<LinkView> DocumentsOf(Deadline d)
    {
        var places = model.NewsOf(d).Select(n => SitePaths.News(n.Slug)).Append(SitePaths.Deadline(d.Id)).ToHashSet(StringComparer.Ordinal);
        return [.. model.Documents.All
            .Where(doc => model.ReferencesTo(doc).Any(r => places.Contains(r.SitePath)) || d.Link == doc.SitePath)
            .Select(doc => new LinkView($"{doc.DisplayTitle} {doc.Label}", model.Config.Url(doc.UrlPath)))];
    }

    /// <summary>The deadline's own link, unless it only repeats a news item already listed with it.</summary>
    private string? MoreLink(Deadline d) =>
        d.Link is null || model.NewsOf(d).Any(n => SitePaths.News(n.Slug) == d.Link) ? null : Href(d.Link);

    private string DaysLeft(Deadline d)
    {
        var days = d.FirstDay.DayNumber - model.Today.DayNumber;
        return days switch
        {
            <= 0 => d.LastDay == model.Today || d.FirstDay == model.Today ? Text("deadline.status_today") : Text("deadline.status_ongoing"),
            1 => Text("deadline.status_tomorrow"),
            _ => Text("deadline.status_days", days),
        };
    }

    private ArticleView View(Article doc, string sitePath, DateView? date, ImmutableArray<string> tags, ImmutableArray<DeadlineView> deadlines, DateOnly? updated)
    {
        var toc = doc.Body.Headings.Where(h => h.Level is 2 or 3).ToImmutableArray();
        return new ArticleView(doc.Slug, doc.Title, model.Config.Url(sitePath), doc.Summary, date,
            updated is { } u ? Date(u) : null, tags, new RawHtml(doc.Body.Html), toc,
            doc.ShowToc ?? toc.Length >= TocThreshold, deadlines, doc.Params)
        { Language = model.LanguageOf(doc) };
    }

    /// <summary>"/om-prosjektet" is the page /om-prosjektet/ (servers redirect it there); files and other URLs stay as written.</summary>
    private static string AsPagePath(string menuUrl) =>
        menuUrl.StartsWith('/') && !menuUrl.EndsWith('/') && menuUrl.IndexOfAny(['.', '#', '?']) < 0 ? menuUrl + "/" : menuUrl;

    // A home page contains every address, so only its own page is "in" it.
    private bool IsInSection(string menuUrl, string current) =>
        menuUrl != current && menuUrl != "/" && !model.Translations.IsHome(menuUrl)
        && menuUrl.StartsWith('/') && menuUrl.EndsWith('/') && current.StartsWith(menuUrl, StringComparison.Ordinal);
}
