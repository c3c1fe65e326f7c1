using Microsoft.Playwright;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// Shared by every browser test, set up once: the real site (input/ + theme/) and a small fixture
/// site are built with a fixed clock into temporary folders, each served over HTTP on 127.0.0.1,
/// and one headless Chromium (Debian's, never a downloaded one) is launched for all tests. Tests
/// open their own contexts and pages, so they can run pages in parallel on the one browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Set SITEGEN_SKIP_BROWSER=1 to skip the browser tests in a quick local run (see <see cref="BrowserFactAttribute"/>).</summary>
    public const string SkipVariable = "SITEGEN_SKIP_BROWSER";

    /// <summary>Another Chromium than Debian's /usr/bin/chromium, e.g. on a developer's own machine.</summary>
    public const string ChromiumVariable = "SITEGEN_CHROMIUM";

    public static readonly DateTimeOffset RealSiteNow = new(2022, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public static bool Skipped => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<object>>> _shared = new();
    private readonly List<string> _folders = [];
    private readonly List<StaticSiteServer> _servers = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BuiltSite RealSite { get; private set; } = null!;
    public BuiltSite FixtureSite { get; private set; } = null!;
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser was not launched");

    public async Task InitializeAsync()
    {
        if (Skipped)
            return;
        var chromium = FindChromium();

        RealSite = await ServeAsync("real site", new BuildOptions(RepoPaths.Input, RepoPaths.Theme, RealSiteNow, DisplayRoot: RepoPaths.Root), root: null);
        FixtureSite = await ServeFixtureSiteAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh browser context (own cookies, viewport, media) with short time-outs, so a broken page fails fast.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);
        return context;
    }

    /// <summary>
    /// Work that several tests look at, done once for all of them: the first caller computes it, the
    /// others wait for the same result (e.g. one keyboard sweep over every page for two tests).
    /// </summary>
    public async Task<T> SharedAsync<T>(string key, Func<Task<T>> compute) where T : class =>
        (T)await _shared.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await compute())).Value;

    /// <summary>Opens a page of a site in a new tab of <paramref name="context"/>.</summary>
    public async Task<IPage> OpenAsync(IBrowserContext context, BuiltSite site, string path)
    {
        var page = await context.NewPageAsync();
        await GoToAsync(page, site, path);
        return page;
    }

    /// <summary>Loads a page of a site and waits until it and everything it loads are there.</summary>
    public async Task GoToAsync(IPage page, BuiltSite site, string path)
    {
        var response = await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status.ToString() ?? "nothing"}");
    }

    /// <summary>SITEGEN_CHROMIUM if set, else Debian's /usr/bin/chromium, else a chromium on the PATH; a clear failure when there is none.</summary>
    private static string FindChromium()
    {
        if (Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } custom)
        {
            return File.Exists(custom) ? custom : throw new InvalidOperationException(
                $"{ChromiumVariable} is set to '{custom}', and there is no such file.");
        }
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "chromium")).Prepend("/usr/bin/chromium");
        return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "The browser tests need Chromium (/usr/bin/chromium), and it is not installed. " +
            "tests/run.sh installs it where it is missing (apt-get install -y chromium, as root or with sudo); " +
            $"or set {ChromiumVariable} to a Chromium of your own. For a quick local run without the browser tests, set {SkipVariable}=1.");
    }

    private async Task<BuiltSite> ServeFixtureSiteAsync()
    {
        var site = new TestSite(BrowserFixtureSite.Files);
        _folders.Add(site.Root);
        site.WriteBytes(BrowserFixtureSite.ImagePath, BrowserFixtureSite.Png);
        return await ServeAsync("fixture site", site.Options(), Path.Combine(site.Root, "output"));
    }

    private async Task<BuiltSite> ServeAsync(string name, BuildOptions options, string? root)
    {
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, $"the {name} did not build:\n" + string.Join("\n", result.Diagnostics));
        if (root is null)
        {
            root = Path.Combine(Directory.CreateTempSubdirectory("sitegen-browser-").FullName, "output");
            _folders.Add(Path.GetDirectoryName(root)!);
        }
        if (OutputWriter.Write(result.Files, root) is { } problem)
            throw new InvalidOperationException($"cannot write the {name}: {problem}");
        var server = await StaticSiteServer.StartAsync(root);
        _servers.Add(server);
        return new BuiltSite(name, result, server);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        foreach (var server in _servers)
            await server.DisposeAsync();
        foreach (var folder in _folders)
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        }
    }
}

/// <summary>A built site and the server that serves it.</summary>
public sealed record BuiltSite(string Name, BuildResult Result, StaticSiteServer Server)
{
    public string Url(string sitePath) => Server.Url(sitePath);

    /// <summary>The site path of every HTML page: "/", "/aktuelt/x/", "/404.html".</summary>
    public IReadOnlyList<string> HtmlPages =>
    [
        .. Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !SiteGen.Cms.AdminSite.IsAdminPath(f.Path))
            .Select(f => "/" + (f.Path.EndsWith("index.html", StringComparison.Ordinal) ? f.Path[..^"index.html".Length] : f.Path))
    ];
}

/// <summary>
/// Skips a browser test only when SITEGEN_SKIP_BROWSER=1 is set (a quick local run); a missing
/// Chromium otherwise fails every browser test with a message that says how to install it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserFixture.Skipped)
            Skip = $"{BrowserFixture.SkipVariable}=1";
    }
}

/// <inheritdoc cref="BrowserFactAttribute"/>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserFixture.Skipped)
            Skip = $"{BrowserFixture.SkipVariable}=1";
    }
}
