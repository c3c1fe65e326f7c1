using Microsoft.Playwright;
using SiteGen.Tests.Search;

namespace SiteGen.Tests.Browser;

/// <summary>The search page of the real site in Chromium: what a reader types, sees and hears.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserFixture fixture)
{
    private const string Status = "#sok-status";

    [BrowserTheory]
    [InlineData("presentasjon", "/for-bibliotekledere/")]
    [InlineData("Mikromarc", "/for-bibliotekledere/")]
    [InlineData("kravspesifikasjonn", "/aktuelt/utkast-kravspesifikasjon/")]
    [InlineData("kravspesifikasjonen", "/aktuelt/utkast-kravspesifikasjon/")]
    [InlineData("kravspesifikasjon", "/aktuelt/innspurt-kravspesifikasjon/")]
    [InlineData("Tilslutningsavtalen", "/aktuelt/tilslutningsavtale/")]
    [InlineData("tilslutningsavtale", "/frister/#tilslutningsavtale")]
    [InlineData("samordnet innkjøp", "/files/argumenter-for-felles-innkjop.pdf")]
    [InlineData("orientering til ledere", "/files/presentasjon-for-ledere.pdf")]
    [InlineData("avklaring med leverandør sommeren", "/")]
    [InlineData("Kafé Čáhppa blåbær", null)]
    public async Task Query_InTheAddress_ShowsTheSameResultsAsTheIndexGives(string query, string? target)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OpenSearchAsync(context, query);

        var shown = await ResultLinksAsync(page);

        // The browser's script and SearchQuery.cs (which the index tests use) agree, in order.
        var expected = SearchIndexFiles.Urls(fixture.RealSite.Result, query).Take(10).ToList();
        Assert.Equal(expected, shown);
        if (target is null)
            Assert.Empty(shown);
        else
            Assert.Contains(target, shown);
        var count = await page.Locator(Status).TextContentAsync();
        Assert.StartsWith(target is null ? "Ingen treff" : $"{SearchIndexFiles.Query(fixture.RealSite.Result).Run(query).Hits.Count} treff", count);
    }

    /// <summary>
    /// A letter beyond the Basic Multilingual Plane is two chars: the browser's script must split and fold it as the index
    /// did. 𝐀 has no decomposition; U+2F800, a compatibility ideograph, decomposes to U+4E3D, which only a fold by code point sees.
    /// </summary>
    [BrowserTheory]
    [InlineData("𝐀𝐁c")]
    [InlineData("\U0002F800")]
    public async Task Query_WithALetterBeyondTheBasicPlane_FindsTheItemThatHasIt(string query)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await fixture.OpenAsync(context, fixture.FixtureSite, "/sok/?q=" + Uri.EscapeDataString(query));
        await page.WaitForFunctionAsync("() => document.getElementById('sok-status').textContent.length > 0");

        var shown = await ResultLinksAsync(page);

        Assert.Equal(["/aktuelt/tredje-sak/"], shown);
        Assert.Equal(SearchIndexFiles.Urls(fixture.FixtureSite.Result, query), shown);
    }

    [BrowserFact]
    public async Task Excerpt_ShowsTheMatchingWordsMarked_FromDeepInThePage()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OpenSearchAsync(context, "presentasjon");

        var item = page.Locator("#sok-treff li", new PageLocatorOptions { Has = page.Locator("a[href='/for-bibliotekledere/']") });
        var marks = await item.Locator(".search-excerpt mark").AllTextContentsAsync();
        Assert.Contains("presentasjonen", marks);
        Assert.Contains("ledere", await item.Locator(".search-excerpt").TextContentAsync());
    }

    [BrowserFact]
    public async Task Typo_SaysWhichWordTheResultsAreFor()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OpenSearchAsync(context, "kravspesifikasjonn");

        Assert.Contains("viser treff på «kravspesifikasjon»", await page.Locator(Status).TextContentAsync());
    }

    [BrowserFact]
    public async Task Enter_SearchesWithoutReloadingThePage_AndTheCountIsSetInTheLiveRegion()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await fixture.OpenAsync(context, fixture.RealSite, "/sok/");
        Assert.Equal("polite", await page.Locator(Status).GetAttributeAsync("aria-live"));
        Assert.Equal("", await page.Locator(Status).TextContentAsync());
        await page.EvaluateAsync("() => { window.sameDocument = true; window.said = []; new MutationObserver(() => window.said.push(document.getElementById('sok-status').textContent)).observe(document.getElementById('sok-status'), { childList: true, characterData: true, subtree: true }); }");

        await page.Locator("#sok-felt").FillAsync("Mikromarc");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => window.sameDocument !== true || window.said.some(t => t.length > 0)");

        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "Enter reloaded the page");
        Assert.EndsWith("/sok/?q=Mikromarc", page.Url);
        Assert.Equal("sok-felt", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var count = SearchIndexFiles.Query(fixture.RealSite.Result).Run("Mikromarc").Hits.Count;
        Assert.Equal($"{count} treff på «Mikromarc».", await page.Locator(Status).TextContentAsync());

        // The same search again empties the region and fills it anew, so a screen reader reads it again.
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => window.said.filter(t => t.length > 0).length >= 2");
        Assert.Contains("", await page.EvaluateAsync<string[]>("() => window.said"));
    }

    [BrowserFact]
    public async Task Typing_ShowsResultsAsYouGo_AndAnEmptyFieldClearsThem()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await fixture.OpenAsync(context, fixture.RealSite, "/sok/");

        await page.Locator("#sok-felt").PressSequentiallyAsync("mikrom");
        await page.WaitForFunctionAsync("() => document.getElementById('sok-status').textContent.length > 0");
        Assert.Contains("/aktuelt/mikromarc/", await ResultLinksAsync(page));

        await page.Locator("#sok-felt").FillAsync("");
        await page.WaitForFunctionAsync("() => document.getElementById('sok-status').textContent === ''");
        Assert.True(await page.Locator("#sok-treff").IsHiddenAsync());
        Assert.EndsWith("/sok/", page.Url);
    }

    [BrowserFact]
    public async Task MoreResults_ButtonShowsTheNextTen_AndMovesFocusToTheFirstOfThem()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OpenSearchAsync(context, "biblioteksystem");
        var total = SearchIndexFiles.Query(fixture.RealSite.Result).Run("biblioteksystem").Hits.Count;
        Assert.True(total > 10, $"only {total} hits: the real site no longer tests the button");
        Assert.Equal(10, (await ResultLinksAsync(page)).Count);

        await page.Locator("#sok-flere").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#sok-treff li').length > 10");

        Assert.Equal(Math.Min(total, 20), (await ResultLinksAsync(page)).Count);
        Assert.Equal(await page.Locator("#sok-treff li:nth-child(11) a").GetAttributeAsync("href"),
            await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
    }

    [BrowserFact]
    public async Task WithoutJavaScript_TheQueryPageSaysSearchNeedsIt_AndLinksTheLists()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await fixture.OpenAsync(context, fixture.RealSite, "/sok/?q=kartlegging");

        var message = page.Locator(".search-noscript");
        Assert.True(await message.IsVisibleAsync());
        Assert.StartsWith("Søket trenger JavaScript", (await message.Locator("p").TextContentAsync())!.Trim());
        Assert.Equal(["/aktuelt/", "/frister/", "/dokumenter/"], await message.Locator("a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"));
    }

    [BrowserFact]
    public async Task Axe_SearchPageWithResults_HasNoWcagViolations_AndTheCspBlocksNothing()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") blocked.Add(message.Text); };
        await fixture.GoToAsync(page, fixture.RealSite, "/sok/?q=kravspesifikasjon");
        await page.WaitForFunctionAsync("() => document.getElementById('sok-status').textContent.length > 0");

        var result = await AccessibilityTests.RunAxeAsync(page);

        Assert.Empty(AccessibilityTests.Describe(result));
        Assert.Empty(blocked);
        Assert.True(await page.Locator("#sok-treff mark").CountAsync() > 0);
    }

    private async Task<IPage> OpenSearchAsync(IBrowserContext context, string query)
    {
        var page = await fixture.OpenAsync(context, fixture.RealSite, "/sok/?q=" + Uri.EscapeDataString(query));
        await page.WaitForFunctionAsync("() => document.getElementById('sok-status').textContent.length > 0");
        Assert.Equal(query, await page.Locator("#sok-felt").InputValueAsync());
        return page;
    }

    private static async Task<List<string>> ResultLinksAsync(IPage page) =>
        [.. await page.Locator("#sok-treff li > a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))")];
}
