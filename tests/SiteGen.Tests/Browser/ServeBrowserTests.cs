using Microsoft.Playwright;
using SiteGen.Output;
using SiteGen.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The preview as an editor uses it, in Chromium, under the Content-Security-Policy the theme's
/// layout gives every page (script-src 'self'; style-src 'self'): the real 'serve' command on a
/// temporary copy of the browser fixture site, on a free port of 127.0.0.1. Save, and the open page
/// reloads by itself; break a file, and the box is at the top of the screen with the file and line;
/// fix it, and the box goes. No page may log a CSP violation or any other error.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeBrowserTests(BrowserFixture fixture)
{
    /// <summary>A news item nothing links to, so breaking it gives exactly one error.</summary>
    private const string NewsFile = "input/news/andre-sak.md";
    private const string NewsPage = "/aktuelt/andre-sak/";

    /// <summary>Saves take a watcher's pause and a rebuild; on a busy machine that can take a while, never forever.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private static TestSite FixtureCopy()
    {
        var site = new TestSite(
        [
            .. BrowserFixtureSite.Files,
            ("input/news/planlagt.md", "---\ntitle: En planlagt sak\ndate: 2022-11-01\npublishDate: 2022-12-03T12:00\n---\nKommer senere.\n"),
        ]);
        site.WriteBytes(BrowserFixtureSite.ImagePath, BrowserFixtureSite.Png);
        return site;
    }

    private static Task<ServeProcess> Serve(TestSite site) =>
        ServeProcess.Start(site.Root, "--theme", RepoPaths.Theme, "--now", "2022-11-20T12:00");

    [BrowserFact]
    public async Task Save_TheOpenPageReloadsByItself()
    {
        using var site = FixtureCopy();
        await using var serve = await Serve(site);
        await using var context = await fixture.NewContextAsync();
        var watch = await PageWatch.On(context);
        var page = await Open(context, serve, "/om/");
        await page.EvaluateAsync("() => { window.sitegenProbe = 'same page'; }");

        site.Write("input/pages/om.md", "---\ntitle: Om testsiden\nsummary: Hva testsiden er til.\n---\nEn helt ny versjon av siden.\n");

        await Eventually(page, "() => window.sitegenProbe === undefined && document.querySelector('main').textContent.includes('En helt ny versjon av siden.')",
            "the page reloaded with the saved text", serve);
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task Break_BoxAtTheTopWithFileAndLine_ThenFix_BoxGoes()
    {
        using var site = FixtureCopy();
        var good = File.ReadAllText(Path.Combine(site.Root, NewsFile));
        await using var serve = await Serve(site);
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1000, Height = 500 } });
        var watch = await PageWatch.On(context);
        var page = await Open(context, serve, NewsPage);
        // Scrolled down, as an editor is when reading the end of a page: the reload keeps the position.
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");

        site.Write(NewsFile, good.Replace("date: 2022-11-10", "date: 2.12.2022", StringComparison.Ordinal));
        // Measured once the reloaded page has loaded, as an editor sees it: the box exists in the DOM a moment
        // before the preview's style sheet applies.
        await Eventually(page, "() => document.getElementById('sitegen-errors') !== null && document.readyState === 'complete'", "the error box", serve);

        var box = await page.EvaluateAsync<BoxFacts>(BoxFactsScript);
        Assert.True(box.InView, $"the box is not in the viewport: top {box.Top}, bottom {box.Bottom}, window {box.WindowHeight} px high");
        Assert.Equal("alert", box.Role);
        Assert.Equal("sticky", box.Position); // the preview's style sheet applied, under the site's CSP
        Assert.Equal("rgb(176, 0, 32)", box.Border);
        Assert.Equal("input/news/andre-sak.md(3,7)", box.Location);
        Assert.True(box.LocationInView, "the file and line are not in the viewport");
        Assert.Contains("3 | date: 2.12.2022", box.SourceLines);
        Assert.Contains(box.SourceLines, l => l.StartsWith("4 | summary:", StringComparison.Ordinal));

        // The box and the collapsed ones under it pass the same WCAG checks as the site's pages, opened.
        await page.EvaluateAsync("() => document.querySelectorAll('#sitegen-preview details').forEach(d => d.open = true)");
        var axe = AccessibilityTests.Describe(await AccessibilityTests.RunAxeAsync(page)).ToList();
        Assert.True(axe.Count == 0, "WCAG violations on the page with the box:\n" + string.Join("\n", axe));

        // The first Tab on the page reaches the box, before the skip link.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("sitegen-errors", await page.EvaluateAsync<string?>("() => document.activeElement.closest('.sitegen-box')?.id ?? document.activeElement.outerHTML"));

        site.Write(NewsFile, good.Replace("Dette er den andre saken.", "Rettet og lagret.", StringComparison.Ordinal));
        await Eventually(page, "() => document.getElementById('sitegen-errors') === null && document.querySelector('main').textContent.includes('Rettet og lagret.')",
            "the fixed page without the box", serve);
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task Preview_ListsWarningsAndTheScheduledItem_Collapsed()
    {
        using var site = FixtureCopy();
        await using var serve = await Serve(site);
        await using var context = await fixture.NewContextAsync();
        var watch = await PageWatch.On(context);
        var page = await Open(context, serve, "/");

        var warnings = page.Locator("#sitegen-warnings");
        var scheduled = page.Locator("#sitegen-unpublished li", new() { HasText = "En planlagt sak" });
        Assert.True(await warnings.IsVisibleAsync(), "no warnings box");
        Assert.Contains("advars", await warnings.Locator("summary").InnerTextAsync());
        Assert.Contains("uten-alt.md", await warnings.Locator("details").TextContentAsync()); // the image without alt text
        Assert.False(await scheduled.IsVisibleAsync(), "the list is not collapsed");
        Assert.Equal(0, await page.Locator("#sitegen-errors").CountAsync());

        await page.Locator("#sitegen-unpublished summary").ClickAsync();

        Assert.True(await scheduled.IsVisibleAsync(), "the scheduled item is not shown after opening the list");
        Assert.Equal("input/news/planlagt.md sak «En planlagt sak» – planlagt: publiseres 3. desember 2022 kl. 12.00", (await scheduled.InnerTextAsync()).Trim());
        watch.AssertNone();
    }

    [BrowserFact]
    public async Task RebuildThrows_BoxShown_NextGoodEditRecovers()
    {
        using var site = FixtureCopy();
        var good = File.ReadAllText(Path.Combine(site.Root, NewsFile));
        // The same server 'serve' runs, in this process, with a build that fails the way a bug in SiteGen would.
        await using var preview = await RunningPreview.Start(site, theme: RepoPaths.Theme, builder: options =>
            File.ReadAllText(Path.Combine(options.InputDir, "news", "andre-sak.md")).Contains("KRASJ", StringComparison.Ordinal)
                ? throw new InvalidOperationException("en feil i byggingen")
                : SiteBuilder.Build(options));
        await using var context = await fixture.NewContextAsync();
        var watch = await PageWatch.On(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Server.Address + NewsPage);

        site.Write(NewsFile, good.Replace("Dette er den andre saken.", "KRASJ", StringComparison.Ordinal));
        await Eventually(page, "() => document.getElementById('sitegen-errors')?.textContent.includes('en feil i byggingen') === true",
            "the box for the failed build", log: () => preview.Log);
        Assert.True(await page.Locator("#sitegen-errors").IsVisibleAsync());

        site.Write(NewsFile, good.Replace("Dette er den andre saken.", "Bygget igjen.", StringComparison.Ordinal));
        await Eventually(page, "() => document.getElementById('sitegen-errors') === null && document.querySelector('main').textContent.includes('Bygget igjen.')",
            "the next good edit served without the box", log: () => preview.Log);
        watch.AssertNone();
    }

    /// <summary>The watch that the other tests rely on does see a violation: a style element is refused by the site's CSP.</summary>
    [BrowserFact]
    public async Task PageWatch_SeesACspViolation()
    {
        using var site = FixtureCopy();
        await using var preview = await RunningPreview.Start(site, theme: RepoPaths.Theme);
        await using var context = await fixture.NewContextAsync();
        var watch = await PageWatch.On(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Server.Address + "/om/");

        await page.EvaluateAsync("() => { const s = document.createElement('style'); s.textContent = 'body { color: red; }'; document.head.append(s); }");

        var deadline = DateTime.UtcNow + Patience;
        while (watch.Problems.Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.Contains(watch.Problems, p => p.Contains("style-src", StringComparison.Ordinal));
    }

    private static async Task<IPage> Open(IBrowserContext context, ServeProcess serve, string path)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(serve.At(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status.ToString() ?? "nothing"}; serve printed:\n{serve.Output}");
        return page;
    }

    private static Task Eventually(IPage page, string condition, string what, ServeProcess serve) =>
        Eventually(page, condition, what, () => serve.Output);

    /// <summary>Polls a condition in the page until it holds. The page may be reloading meanwhile, which is the point.</summary>
    private static async Task Eventually(IPage page, string condition, string what, Func<string> log)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await page.EvaluateAsync<bool>(condition))
                    return;
            }
            catch (PlaywrightException)
            {
                // the page navigated (reloaded) while the condition ran
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"timed out after {Patience.TotalSeconds} s waiting for {what}; the server printed:\n{log()}");
    }

    private const string BoxFactsScript = """
        () => {
          const box = document.getElementById('sitegen-errors');
          const panel = document.getElementById('sitegen-preview');
          const r = box.getBoundingClientRect();
          const location = box.querySelector('.sitegen-location');
          const l = location.getBoundingClientRect();
          return {
            top: r.top, bottom: r.bottom, windowHeight: innerHeight,
            inView: r.top >= 0 && r.top < innerHeight && r.bottom > 0 && box.checkVisibility(),
            locationInView: l.top >= 0 && l.bottom <= innerHeight && location.checkVisibility(),
            role: box.getAttribute('role'),
            position: getComputedStyle(panel).position,
            border: getComputedStyle(box).borderLeftColor,
            location: location.textContent,
            sourceLines: box.querySelector('pre').innerText.split('\n'),
          };
        }
        """;

    /// <summary>What the box looks like in the page; Playwright fills it from the script's object.</summary>
    private sealed class BoxFacts
    {
        public double Top { get; set; }
        public double Bottom { get; set; }
        public double WindowHeight { get; set; }
        public bool InView { get; set; }
        public bool LocationInView { get; set; }
        public string Role { get; set; } = "";
        public string Position { get; set; } = "";
        public string Border { get; set; } = "";
        public string Location { get; set; } = "";
        public string[] SourceLines { get; set; } = [];
    }
}

/// <summary>
/// Everything a context's pages say went wrong: console errors (Chromium reports a refused inline
/// script or style there), uncaught page errors, and every 'securitypolicyviolation' event.
/// </summary>
internal sealed class PageWatch
{
    private readonly List<string> problems = [];

    public IReadOnlyList<string> Problems
    {
        get { lock (problems) return [.. problems]; }
    }

    public static async Task<PageWatch> On(IBrowserContext context)
    {
        var watch = new PageWatch();
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('securitypolicyviolation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' on ' + location.pathname), true);");
        context.Page += (_, page) =>
        {
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                    watch.Add($"console {message.Type}: {message.Text}");
            };
            page.PageError += (_, error) => watch.Add($"page error: {error}");
        };
        return watch;
    }

    private void Add(string problem)
    {
        lock (problems) problems.Add(problem);
    }

    public void AssertNone()
    {
        var found = Problems;
        Assert.True(found.Count == 0, $"the pages reported {found.Count} problem(s):\n" + string.Join("\n", found));
    }
}
