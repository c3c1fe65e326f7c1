using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SiteGen.Tests.Browser;

/// <summary>
/// axe-core in Chromium over every page: WCAG 2.0 and 2.1, levels A and AA, the level the universal
/// design regulation asks of a Norwegian public body.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [BrowserFact]
    public async Task Axe_EveryPageOfTheRealSite_HasNoWcagViolations()
    {
        var pages = fixture.RealSite.HtmlPages;

        var problems = await PageRunner.CheckPagesAsync(fixture, fixture.RealSite, pages, async (page, _) => Describe(await RunAxeAsync(page)));

        output.WriteLine($"axe checked {pages.Count} pages of the real site: {string.Join(", ", pages)}");
        Assert.True(pages.Count >= 14, $"expected every page of the real site, found only {pages.Count}");
        PageRunner.AssertNone(problems, "WCAG 2.1 A/AA violations");
    }

    [BrowserFact]
    public async Task Axe_EveryPageOfTheFixtureSite_ExceptTheBrokenOne_HasNoWcagViolations()
    {
        var pages = fixture.FixtureSite.HtmlPages.Where(p => p != BrowserFixtureSite.BrokenPage).ToList();

        var problems = await PageRunner.CheckPagesAsync(fixture, fixture.FixtureSite, pages, async (page, _) => Describe(await RunAxeAsync(page)));

        output.WriteLine($"axe checked {pages.Count} pages of the fixture site: {string.Join(", ", pages)}");
        PageRunner.AssertNone(problems, "WCAG 2.1 A/AA violations");
    }

    /// <summary>The check can fail: an image without alt text, which really loads, is reported as 'image-alt'.</summary>
    [BrowserFact]
    public async Task Axe_ImageWithoutAltText_IsAViolation()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await fixture.OpenAsync(context, fixture.FixtureSite, BrowserFixtureSite.BrokenPage);
        var image = page.Locator("main img");
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the fixture image did not load");

        var result = await RunAxeAsync(page);

        var violation = Assert.Single(result.Violations, v => v.Id == "image-alt");
        Assert.Contains(violation.Nodes, n => n.Html.Contains("bilde.png", StringComparison.Ordinal));
    }

    /// <summary>
    /// One axe.run in the page ("legacy mode"). The default mode runs axe per frame and then opens an
    /// extra blank tab to merge the results, which made each page six times slower here (about 7 s
    /// against 1.2 s on two busy cores). The site's pages have no frames (the privacy guard forbids
    /// foreign ones), so both modes check the same thing. The package marks legacy mode obsolete;
    /// should it go, drop the pragma and use RunAxe.
    /// </summary>
    public static Task<AxeResult> RunAxeAsync(IPage page)
    {
#pragma warning disable CS0618 // RunAxeLegacy is obsolete: see above
        return page.RunAxeLegacy(context: null, options: new AxeRunOptions
        {
            RunOnly = RunOnlyOptions.Tags(WcagTags),
            ResultTypes = [ResultType.Violations],
        }, axeSource: null);
#pragma warning restore CS0618
    }

    /// <summary>One line per violation: rule, impact, what it asks, and the CSS selector and HTML of each node.</summary>
    public static IEnumerable<string> Describe(AxeResult result) =>
        result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]" +
            string.Concat(v.Nodes.Select(n => $"\n    at {n.Target}: {Shorten(n.Html)}")));

    private static string Shorten(string html) => html.Length <= 200 ? html : html[..200] + "…";
}
