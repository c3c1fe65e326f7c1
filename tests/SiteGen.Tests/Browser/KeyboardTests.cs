using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.Site;
using SiteGen.Tests.Support;
using SiteGen.Urls;

namespace SiteGen.Tests.Browser;

/// <summary>Keyboard only: Tab from the top of each page, as a person without a mouse would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture fixture)
{
    /// <summary>Far more than any page has; a page that needs more is a finding of its own.</summary>
    private const int MaxTabs = 200;

    [BrowserFact]
    public async Task Tab_FromPageLoad_ReachesTheSkipLinkFirst_ThenTheMenuLinksInOrder()
    {
        var config = fixture.RealSite.Result.Model!.Config;

        var problems = PageRunner.Problems(await SweepRealSiteAsync(), (path, stops) =>
        {
            // Pages in English have the English menu of site.yml.
            var menu = config.MenuFor(LanguageOf(path)).Select(m => config.Url(m.Url)).ToList();
            var found = new List<string>();
            if (stops.Count == 0 || !stops[0].IsSkipLink)
                found.Add($"the first Tab reaches {(stops.Count == 0 ? "nothing" : stops[0].Element)}, not the skip link");
            var beforeMain = stops.TakeWhile(s => !s.InMain).Where(s => s.InMenu).Select(s => s.Href).ToList();
            if (!beforeMain.SequenceEqual(menu))
                found.Add($"before the main content, Tab reaches the menu links [{string.Join(", ", beforeMain)}], expected [{string.Join(", ", menu)}]");
            return found;
        });

        PageRunner.AssertNone(problems, "keyboard order");
    }

    /// <summary>The language switch comes before the menu, so a reader of another language finds it early; each of its links is a stop.</summary>
    [BrowserFact]
    public async Task Tab_OnEveryPage_ReachesTheLanguageSwitchBeforeTheMenu()
    {
        var problems = PageRunner.Problems(await SweepRealSiteAsync(), (path, stops) =>
        {
            var html = fixture.RealSite.Result.Html(SitePaths.OutputFileOf(path));
            if (html.QuerySelector("header") is null)
                return []; // a redirect page from 'aliases:' has no header at all
            var expected = html.QuerySelectorAll(".language-switch a").Select(a => a.GetAttribute("href")).ToList();
            var beforeMenu = stops.TakeWhile(s => !s.InMenu && !s.InMain).Where(s => s.InLanguageSwitch).Select(s => s.Href).ToList();
            return expected.Count < 2
                ? [$"the page has no language switch with two languages ({expected.Count} links)"]
                : beforeMenu.SequenceEqual(expected) ? [] : [$"before the menu, Tab reaches the language links [{string.Join(", ", beforeMenu)}], expected [{string.Join(", ", expected)}]"];
        });

        PageRunner.AssertNone(problems, "language switch by keyboard");
    }

    private string LanguageOf(string path) =>
        fixture.RealSite.Result.Html(SitePaths.OutputFileOf(path)).DocumentElement.GetAttribute("lang") ?? "nb";

    [BrowserFact]
    public async Task Tab_EveryFocusedElement_HasAVisibleFocusIndicator()
    {
        var problems = PageRunner.Problems(await SweepRealSiteAsync(), (_, stops) =>
            stops.Where(s => !s.HasVisibleFocus).Select(s =>
                $"{s.Element} shows no focus: {(s.OnScreen ? "" : "off screen; ")}unfocused [{s.Unfocused}], focused [{s.Focused}]"));

        PageRunner.AssertNone(problems, "focus without a visible indicator");
    }

    /// <summary>Every page of the real site tabbed through once, shared by the tests that judge the stops.</summary>
    private Task<IReadOnlyList<PageOutcome<List<FocusStop>>>> SweepRealSiteAsync() =>
        fixture.SharedAsync("tab sweep of the real site", () =>
            PageRunner.VisitPagesAsync(fixture, fixture.RealSite, fixture.RealSite.HtmlPages, (page, _) => TabThroughAsync(page)));

    [BrowserFact]
    public async Task Tab_OnTheLeadersPage_ReachesEveryDownload_WithVisibleFocus()
    {
        const string path = "/for-bibliotekledere/";
        var downloads = fixture.RealSite.Result.Html(SitePaths.OutputFileOf(path))
            .QuerySelectorAll("main a[href$='.pdf']").Select(a => a.GetAttribute("href")).ToList();

        var sweep = (await SweepRealSiteAsync()).Single(o => o.Path == path);

        Assert.Null(sweep.Error);
        Assert.NotEmpty(downloads);
        foreach (var download in downloads)
            Assert.Contains(sweep.Result!, s => s.Href == download && s.HasVisibleFocus);
    }

    [BrowserFact]
    public async Task SkipLink_MovesFocusIntoTheMainContent()
    {
        var problems = await PageRunner.CheckPagesAsync(fixture, fixture.RealSite, ["/", "/aktuelt/tilslutningsavtale/", "/frister/"], async (page, _) =>
        {
            var found = new List<string>();
            await page.Keyboard.PressAsync("Tab");
            var skip = await CurrentStopAsync(page);
            if (skip is not { IsSkipLink: true, OnScreen: true })
                found.Add($"the first Tab reaches {skip?.Element ?? "nothing"} (on screen: {skip?.OnScreen}), not a visible skip link");
            await page.Keyboard.PressAsync("Enter");
            var target = await page.EvaluateAsync<string>("() => document.activeElement.id");
            if (target != "hovedinnhold" || !await page.Locator("main#hovedinnhold").IsVisibleAsync())
                found.Add($"after Enter on the skip link the focus is on '#{target}', not on main#hovedinnhold");
            await page.Keyboard.PressAsync("Tab");
            var next = await CurrentStopAsync(page);
            if (next is not { InMain: true })
                found.Add($"the Tab after the skip link reaches {next?.Element ?? "nothing"}, which is not in the main content");
            return found;
        });

        PageRunner.AssertNone(problems, "skip link");
    }

    /// <summary>A place the Tab key stopped at, with its focus style and the style it had before it had focus.</summary>
    public sealed record FocusStop(string Element, string? Href, bool IsSkipLink, bool InMenu, bool InMain, bool OnScreen, string Unfocused, string Focused, bool HasIndicator,
        bool InLanguageSwitch = false)
    {
        /// <summary>On screen, with an outline or shadow, and looking different from when it was not focused.</summary>
        public bool HasVisibleFocus => OnScreen && HasIndicator && Unfocused != Focused;
    }

    /// <summary>
    /// Records every focusable element's unfocused look, then presses Tab until the focus leaves the
    /// page or comes back round, and returns each stop in order.
    /// </summary>
    public static async Task<List<FocusStop>> TabThroughAsync(IPage page)
    {
        await page.EvaluateAsync(RecordScript);
        var stops = new List<FocusStop>();
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await CurrentStopAsync(page);
            if (stop is null || (stops.Count > 0 && stop.Element == stops[0].Element))
                return stops;
            stops.Add(stop);
        }
        throw new Xunit.Sdk.XunitException($"{page.Url}: still tabbing after {MaxTabs} stops");
    }

    private static async Task<FocusStop?> CurrentStopAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement?>(CurrentScript);
        return json is { ValueKind: JsonValueKind.Object } value ? value.Deserialize<FocusStop>(JsonOptions) : null;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private const string StyleFunction = """
        const focusStyle = el => {
          const s = getComputedStyle(el);
          return `outline: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow: ${s.boxShadow}`;
        };
        """;

    /// <summary>Before any Tab: how each focusable element looks without focus.</summary>
    private const string RecordScript = "() => {" + StyleFunction + """
          window.__unfocused = new Map();
          for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]'))
            window.__unfocused.set(el, focusStyle(el));
        }
        """;

    /// <summary>The focused element, described; null when the focus is on nothing in the page.</summary>
    private const string CurrentScript = "() => {" + StyleFunction + """
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const s = getComputedStyle(el);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow !== 'none';
          const r = el.getBoundingClientRect();
          const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
          return {
            element: `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + [...el.classList].join('.') : ''}${el.getAttribute('href') ? ' href=' + el.getAttribute('href') : ''}> "${text}"`,
            href: el.getAttribute('href'),
            isSkipLink: el.classList.contains('skip-link'),
            inMenu: !!el.closest('header nav.site-nav'),
            inLanguageSwitch: !!el.closest('header .language-switch'),
            inMain: !!el.closest('main'),
            onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
            unfocused: window.__unfocused?.get(el) ?? '(not recorded)',
            focused: focusStyle(el),
            hasIndicator: outline || shadow,
          };
        }
        """;
}
