using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The layout in narrow and zoomed windows, in print and without JavaScript. Checked on every page
/// of the real site (among them the home page, the news items and the deadlines page).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    /// <summary>
    /// The ways a window can be narrow, after WCAG 2.1 1.4.10 Reflow and 1.4.4 Resize text. Browser
    /// zoom enlarges the CSS pixel, so a window zoomed to N % is laid out exactly like a window 1/N as
    /// wide in CSS pixels with a device pixel ratio of N/100 (what window.innerWidth and
    /// devicePixelRatio report in a zoomed Chromium): 320 CSS px is 1280 px at 400 %, the width
    /// Reflow names, and 640 CSS px at ratio 2 is a 1280 × 720 window at 200 %.
    /// </summary>
    public static TheoryData<string> Windows => ["320 px", "200 % zoom"];

    private static BrowserNewContextOptions WindowOptions(string window) => window switch
    {
        "320 px" => new() { ViewportSize = new() { Width = 320, Height = 640 }, DeviceScaleFactor = 1 },
        "200 % zoom" => new() { ViewportSize = new() { Width = 640, Height = 360 }, DeviceScaleFactor = 2 },
        _ => throw new ArgumentOutOfRangeException(nameof(window)),
    };

    [BrowserTheory]
    [MemberData(nameof(Windows))]
    public async Task Layout_InANarrowOrZoomedWindow_NeedsNoHorizontalScrolling(string window)
    {
        var options = WindowOptions(window);
        var width = options.ViewportSize!.Width;
        var pages = fixture.RealSite.HtmlPages;
        Assert.Contains("/", pages);
        Assert.Contains("/frister/", pages);
        Assert.Contains(pages, p => p.StartsWith("/aktuelt/", StringComparison.Ordinal) && p != "/aktuelt/");

        var problems = await PageRunner.CheckPagesAsync(fixture, fixture.RealSite, pages, async (page, _) =>
        {
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth <= width)
                return [];
            var wide = await page.EvaluateAsync<string[]>(WiderThanScript, width);
            return [$"{scrollWidth} px wide in a {width} px window ({window}); too wide: {string.Join(", ", wide)}"];
        }, options);

        PageRunner.AssertNone(problems, $"horizontal scrolling at {window}");
    }

    [BrowserFact]
    public async Task Print_HidesTheNavigation_AndKeepsTheContent()
    {
        var problems = await PageRunner.CheckPagesAsync(fixture, fixture.RealSite, ["/", "/aktuelt/tilslutningsavtale/", "/frister/", "/en/"], async (page, _) =>
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var found = new List<string>();
            foreach (var hidden in new[] { ".site-nav", ".language-switch", ".skip-link" })
            {
                if (await page.Locator(hidden).First.IsVisibleAsync())
                    found.Add($"{hidden} is printed");
            }
            if (!await page.Locator("main h1").IsVisibleAsync())
                found.Add("the main heading is not printed");
            return found;
        });

        PageRunner.AssertNone(problems, "print stylesheet");
    }

    [BrowserFact]
    public async Task WithoutJavaScript_EveryPageShowsItsContentAndMenu()
    {
        var config = fixture.RealSite.Result.Model!.Config;

        var problems = await PageRunner.CheckPagesAsync(fixture, fixture.RealSite, fixture.RealSite.HtmlPages, async (page, path) =>
        {
            var found = new List<string>();
            var heading = page.Locator("main h1");
            if (!await heading.IsVisibleAsync() || string.IsNullOrWhiteSpace(await heading.TextContentAsync()))
                found.Add("no visible main heading");
            if (await page.Locator("main").InnerTextAsync() is { Length: < 40 } text)
                found.Add($"almost no text in main: '{text}'");
            // Pages in English have the English menu of site.yml.
            var menuSize = config.MenuFor(await page.Locator("html").GetAttributeAsync("lang") ?? config.Language).Length;
            if (await page.Locator("header nav.site-nav a").CountAsync() != menuSize)
                found.Add("the menu is not all there");
            if (await page.Locator("header nav.language-switch a").CountAsync() < 2)
                found.Add("the language switch is not there");
            if (path == "/")
            {
                if (await page.Locator("main .news-summary").CountAsync() == 0)
                    found.Add("no news on the home page");
                if (await page.Locator("main .deadline").CountAsync() == 0)
                    found.Add("no deadlines on the home page");
            }
            return found;
        }, new BrowserNewContextOptions { JavaScriptEnabled = false });

        PageRunner.AssertNone(problems, "without JavaScript");
    }

    /// <summary>
    /// What to fix: the innermost elements whose box or whose content (a long word, a wide image)
    /// reaches past the window's right edge.
    /// </summary>
    private const string WiderThanScript = """
        width => {
          const tooWide = el => el.getBoundingClientRect().right > width + 0.5
            || (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'
                && el.getBoundingClientRect().left + el.scrollWidth > width + 0.5);
          return [...document.querySelectorAll('body *')]
            .filter(el => tooWide(el) && ![...el.children].some(tooWide))
            .slice(0, 8)
            .map(el => `<${el.tagName.toLowerCase()}${el.className ? '.' + [...el.classList].join('.') : ''}> "${(el.textContent || '').trim().slice(0, 40)}"`);
        }
        """;
}
