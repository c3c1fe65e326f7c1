using System.Collections.Concurrent;
using System.Collections.Immutable;
using Scriban;
using Scriban.Runtime;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Rendering.Views;
using SiteGen.Site;
using SiteGen.Urls;

namespace SiteGen.Rendering;

/// <summary>
/// Phase 4: every route through its template and the layout. One renderer serves one model; routes
/// can be drawn in any order and in parallel, each from its own globals.
/// </summary>
public sealed class SiteRenderer
{
    public const string LayoutTemplate = "layout.sbn";

    private readonly SiteModel model;
    private readonly ViewFactory views;
    private readonly TemplateRenderer renderer;
    private readonly SiteView site;
    private readonly JsonLd jsonLd;
    private readonly PartialStore partials;
    private readonly ScriptObject functions;
    private readonly ConcurrentDictionary<string, CachedIncludeFunction> cachedIncludes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Template, PartialReads> partialReads = new();

    /// <param name="partials">Where include_cached keeps what it drew; by default nothing is kept and each is drawn again.</param>
    public SiteRenderer(SiteModel model, DiagnosticBag diagnostics, PartialStore? partials = null)
    {
        this.model = model;
        this.partials = partials ?? ((_, _, bag, draw) => draw(bag));
        views = new ViewFactory(model, diagnostics);
        functions = TemplateFunctions.Create(views);
        renderer = new TemplateRenderer(new TemplateLocator(model.Templates), functions);
        site = views.Site();
        // Every news item's view made on both cores first: made one by one as the routes were listed, they were a third of
        // the time this constructor took, which a rebuild after a save waits for. The views of the deadlines they show read
        // theme texts, so those are made before, one by one, and a missing text is reported in the same order in every build.
        foreach (var item in model.News)
            views.For(model.LanguageOf(item.Article)).Deadlines(model.DeadlinesOf(item));
        Parallel.ForEach(model.News, item => views.For(model.LanguageOf(item.Article)).News(item));
        Routes = RouteTable.Build(model, views);
        jsonLd = new JsonLd(model, Routes);
        // These theme texts are read from code, which reports a missing one to the build, not to the page the cache keeps with
        // its messages: read for every translated page in every build, one is reported whether or not its page is drawn again.
        foreach (var route in Routes.Where(r => !model.Translations.Of(r.SitePath).IsEmpty))
            LocaleAlternates(route, views.For(route.Language), model);
    }

    /// <summary>Every page of the site, in address order.</summary>
    public ImmutableArray<Route> Routes { get; }

    /// <summary>The views, for the files made from the same texts as the pages (the search index).</summary>
    public ViewFactory Views => views;

    /// <summary>
    /// Everything the route's page is drawn from besides the templates, theme texts and settings: the route with its data, and
    /// what <see cref="Globals"/> reads of the site for it (the site's values, its menu, its translations, the facts its JSON-LD
    /// and &lt;head&gt; state). Made without drawing those, so a rebuild can tell which pages changed at a fraction of their cost;
    /// whatever the globals come to read must be here too.
    /// </summary>
    public object Inputs(Route route)
    {
        var language = views.For(route.Language);
        return (route, language.Language, site, language.Menu(route.SitePath), model.Translations.Of(route.SitePath), model.Translations.Homes,
            jsonLd.Inputs(route, language));
    }

    /// <summary>The page, or null after reporting why its template failed.</summary>
    public OutputFile? Render(Route route, DiagnosticBag diagnostics) => RenderRoute(route, Globals(route), renderer, diagnostics);

    private ScriptObject Globals(Route route)
    {
        var views = this.views.For(route.Language);
        // Sized for all it will hold (the layout adds "content"): grown key by key, the table was copied several times for every page.
        var globals = new ScriptObject(6 + views.Functions.Count + route.Variables.Count)
        {
            ["site"] = site,
            [CachedIncludeFunction.Name] = cachedIncludes.GetOrAdd(views.Language, _ => CachedInclude(views)),
            ["json_ld"] = jsonLd.For(route, views),
            ["menu"] = views.Menu(route.SitePath),
            ["page"] = Meta(route, model, views, jsonLd),
        };
        globals.Import(views.Functions);
        globals.Import(route.Variables);
        return globals;
    }

    // The page's globals put the language's functions over the shared ones (Globals, TemplateRenderer), and so does this.
    private CachedIncludeFunction CachedInclude(ViewFactory views)
    {
        var fixedValues = new Dictionary<string, object?>(functions, StringComparer.Ordinal);
        foreach (var (name, function) in views.Functions)
            fixedValues[name] = function;
        fixedValues["site"] = site;
        return new CachedIncludeFunction(views.Language, partials, fixedValues, partialReads);
    }

    private static PageMeta Meta(Route route, SiteModel model, ViewFactory views, JsonLd jsonLd)
    {
        var times = jsonLd.NewsTimes(route);
        return new PageMeta(route.Title, route.Kind, model.Config.Url(route.SitePath), route.InSitemap ? model.Config.AbsoluteUrl(route.SitePath) : null,
            route.Description ?? model.Config.DescriptionFor(views.Language), views.Language)
        {
            Alternates = views.Alternates(route.SitePath),
            HomeUrl = views.HomeUrl,
            Languages = views.LanguageSwitch(route.SitePath),
            NoIndex = !route.InSitemap,
            LocaleAlternates = LocaleAlternates(route, views, model),
            PublishedTime = times?.Published,
            ModifiedTime = times?.Modified,
        };
    }

    /// <summary>The Open Graph locales of the page's versions in other languages, theme texts of those languages.</summary>
    private static ImmutableArray<string> LocaleAlternates(Route route, ViewFactory views, SiteModel model) =>
        [.. model.Translations.Of(route.SitePath).Select(v => v.Language).Where(l => l != views.Language).Distinct().Select(l => views.For(l).Text("meta.og_locale"))];

    private static OutputFile? RenderRoute(Route route, ScriptObject globals, TemplateRenderer renderer, DiagnosticBag diagnostics)
    {
        var body = renderer.Render(route.Template, globals, route.Source, diagnostics);
        if (body is null)
            return null;
        globals["content"] = new RawHtml(body);
        var html = renderer.RenderUtf8(LayoutTemplate, globals, route.Source, diagnostics);
        return html is null ? null : new OutputFile(route.OutputPath, html, route.Source?.Path ?? route.Template);
    }
}
