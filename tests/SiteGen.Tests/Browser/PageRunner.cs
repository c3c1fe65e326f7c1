using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>Runs one check over many pages of a site, a few pages at a time on the shared browser.</summary>
public static class PageRunner
{
    /// <summary>Tabs working at once: enough to keep two cores busy while Chromium and the test wait on each other.</summary>
    private const int Parallel = 3;

    /// <summary>
    /// Loads each page and runs <paramref name="visit"/> on it. A few workers, each with one context
    /// (made with <paramref name="options"/>) and one tab that goes from page to page, since opening a
    /// tab costs more than loading a small page. Results come back in page order; a page that could
    /// not be loaded or checked has its error instead.
    /// </summary>
    public static async Task<IReadOnlyList<PageOutcome<T>>> VisitPagesAsync<T>(
        BrowserFixture fixture, BuiltSite site, IReadOnlyList<string> paths,
        Func<IPage, string, Task<T>> visit, BrowserNewContextOptions? options = null)
    {
        var queue = new ConcurrentQueue<(int Index, string Path)>(paths.Select((p, i) => (i, p)));
        var outcomes = new PageOutcome<T>[paths.Count];

        await Task.WhenAll(Enumerable.Range(0, Math.Min(Parallel, paths.Count)).Select(async _ =>
        {
            await using var context = await fixture.NewContextAsync(options);
            var page = await context.NewPageAsync();
            while (queue.TryDequeue(out var item))
            {
                try
                {
                    await fixture.GoToAsync(page, site, item.Path);
                    outcomes[item.Index] = new(site, item.Path, await visit(page, item.Path), null);
                }
                catch (Exception e) when (e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
                {
                    outcomes[item.Index] = new(site, item.Path, default, $"{e.GetType().Name}: {e.Message}");
                }
            }
        }));
        return outcomes;
    }

    /// <summary>Runs <paramref name="check"/>, which says what is wrong on a page, over every page; returns all problems, each with its site and page.</summary>
    public static async Task<IReadOnlyList<string>> CheckPagesAsync(
        BrowserFixture fixture, BuiltSite site, IReadOnlyList<string> paths,
        Func<IPage, string, Task<IEnumerable<string>>> check, BrowserNewContextOptions? options = null) =>
        Problems(await VisitPagesAsync(fixture, site, paths, async (page, path) => (await check(page, path)).ToList(), options), (_, found) => found);

    /// <summary>Every problem <paramref name="judge"/> finds in the outcomes, plus every page that could not be visited.</summary>
    public static IReadOnlyList<string> Problems<T>(IEnumerable<PageOutcome<T>> outcomes, Func<string, T, IEnumerable<string>> judge) =>
    [
        .. outcomes.SelectMany(o => o.Error is not null
            ? [$"{o.Site.Name} {o.Path}: {o.Error}"]
            : judge(o.Path, o.Result!).Select(problem => $"{o.Site.Name} {o.Path}: {problem}"))
    ];

    public static void AssertNone(IReadOnlyList<string> problems, string what) =>
        Assert.True(problems.Count == 0, $"{what} ({problems.Count}):\n" + string.Join("\n", problems));
}

/// <summary>What a visit to one page gave: its result, or why there is none.</summary>
public sealed record PageOutcome<T>(BuiltSite Site, string Path, T? Result, string? Error);
