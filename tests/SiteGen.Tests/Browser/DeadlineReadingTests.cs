using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// What readers of the deadlines meet in Chromium: printing /frister/, the month grid on a 320 px
/// phone, the calendar-file links' names, the focus ring of the search field, and the home page's
/// "Neste frister" read days after the build.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeadlineReadingTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Print_DeadlinesPage_PrintsTheDeadlinesNotTheControls()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await fixture.OpenAsync(context, fixture.RealSite, "/frister/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var control in new[] { ".audience-filter", ".deadlines-page .toc", ".subscribe" })
            Assert.False(await page.Locator(control).First.IsVisibleAsync(), $"{control} is printed");
        var calendarFiles = page.Locator("a[type='text/calendar']");
        Assert.True(await calendarFiles.CountAsync() > 0);
        foreach (var link in await calendarFiles.AllAsync())
            Assert.False(await link.IsVisibleAsync(), $"'{await link.TextContentAsync()}' is printed");

        var deadlines = page.Locator("main .deadline");
        Assert.Equal(fixture.RealSite.Result.Model!.Deadlines.Length, await deadlines.CountAsync());
        foreach (var deadline in await deadlines.AllAsync())
        {
            Assert.True(await deadline.Locator(".deadline-title").IsVisibleAsync());
            Assert.True(await deadline.Locator(".deadline-when").IsVisibleAsync());
        }
    }

    /// <summary>
    /// Every word in the month grid (weekday names, deadline titles) on one line: a word whose
    /// characters lie on more than one line box was broken inside. Text only for screen readers is
    /// left out (it is clipped to 1 px on purpose).
    /// </summary>
    private const string BrokenWordsScript = """
        () => {
          const broken = [];
          for (const table of document.querySelectorAll('.calendar')) {
            const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement.closest('.visually-hidden, caption')) continue;
              const text = node.textContent;
              for (const match of text.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (tops.size > 1) broken.push(match[0]);
              }
            }
          }
          return broken;
        }
        """;

    [BrowserFact]
    public async Task MonthGrid_At320Px_BreaksNoNameInsideAWord()
    {
        await using var context = await fixture.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 }, DeviceScaleFactor = 1 });
        var page = await fixture.OpenAsync(context, fixture.RealSite, "/frister/");
        Assert.True(await page.Locator(".calendar a").CountAsync() > 0, "the grid shows no deadline");

        var broken = await page.EvaluateAsync<string[]>(BrokenWordsScript);

        Assert.True(broken.Length == 0, "words broken inside in the month grid at 320 px: " + string.Join(", ", broken.Distinct()));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320);
        // The deadlines stay reachable from the grid, each link at least 24 × 24 px (WCAG 2.5.8).
        foreach (var link in await page.Locator(".calendar a").AllAsync())
        {
            var box = (await link.BoundingBoxAsync())!;
            Assert.True(box.Width >= 24 && box.Height >= 24, $"a link in the grid is {box.Width} × {box.Height} px");
        }
    }

    [BrowserFact]
    public async Task CalendarFileLinks_AccessibleNameBeginsWithTheVisibleLabel()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await fixture.OpenAsync(context, fixture.RealSite, "/frister/");
        var deadlines = fixture.RealSite.Result.Model!.Deadlines;
        Assert.Equal(deadlines.Length, await page.Locator(".deadline a[type='text/calendar']").CountAsync());

        // Playwright's role query matches the computed accessible name, as assistive technology sees it:
        // the visible label first, whole, then which deadline (WCAG 2.5.3 Label in Name).
        foreach (var deadline in deadlines)
        {
            var link = page.GetByRole(AriaRole.Link, new() { Name = $"Legg til i kalender (ICS): {deadline.Title}", Exact = true });
            Assert.Equal(1, await link.CountAsync());
            Assert.Equal("Legg til i kalender (ICS)", (await link.InnerTextAsync()).Trim());
        }
    }

    [BrowserFact]
    public async Task SearchField_Focused_HasTheDarkRingOtherControlsHave()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await fixture.OpenAsync(context, fixture.RealSite, "/sok/");
        const string styleOf = "el => { const s = getComputedStyle(el); return [s.outlineColor, s.outlineStyle, s.outlineWidth, s.boxShadow]; }";

        var field = page.Locator("main input[type=search], main input[type=text]").First;
        await field.FocusAsync();
        var fieldStyle = await field.EvaluateAsync<string[]>(styleOf);
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var other = await page.EvaluateAsync<string[]>($"() => ({styleOf})(document.activeElement)");

        Assert.Equal(other, fieldStyle);
        // The box-shadow ring is the dark accent colour: far above 3:1 on the white page.
        var shadow = fieldStyle[3];
        Assert.Contains("rgb(0, 52, 80)", shadow, StringComparison.Ordinal);
        Assert.True(Contrast(0, 52, 80, 255, 255, 255) >= 3);
    }

    [BrowserFact]
    public async Task Home_NextDeadlines_ReadAfterTheyRanOut_ShowsNoneThatRanOut()
    {
        // The real site is built on 1 December 2022; the reader comes on 20 December.
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.Clock.SetFixedTimeAsync(new DateTime(2022, 12, 20, 12, 0, 0, DateTimeKind.Utc));
        await fixture.GoToAsync(page, fixture.RealSite, "/");

        var upcoming = page.Locator("[data-upcoming] .deadline");
        Assert.True(await upcoming.CountAsync() >= 2, "the built page lists the deadlines ahead on 1 December");
        var shown = new List<string>();
        foreach (var item in await upcoming.AllAsync())
        {
            if (await item.IsVisibleAsync())
                shown.Add((await item.Locator(".deadline-status").InnerTextAsync()).Trim());
        }
        Assert.NotEmpty(shown);
        Assert.DoesNotContain("Fristen er ute", shown);

        // A month later nothing is ahead: the list says so instead of listing what ran out.
        await page.Clock.SetFixedTimeAsync(new DateTime(2023, 1, 20, 12, 0, 0, DateTimeKind.Utc));
        await page.ReloadAsync();
        Assert.False(await page.Locator("[data-upcoming]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-none-ahead]").IsVisibleAsync());
    }

    private static double Contrast(int r1, int g1, int b1, int r2, int g2, int b2)
    {
        static double Channel(int c) => c / 255.0 is var s && s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        static double Luminance(int r, int g, int b) => 0.2126 * Channel(r) + 0.7152 * Channel(g) + 0.0722 * Channel(b);
        var (a, b) = (Luminance(r1, g1, b1), Luminance(r2, g2, b2));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }
}
