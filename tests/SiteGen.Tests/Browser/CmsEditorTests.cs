using System.Diagnostics;
using Microsoft.Playwright;
using SiteGen.Cli;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Server;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The web editor end to end, as a librarian uses it: a temporary copy of the real site in its own
/// git repository, the preview server (serve) and Decap's local backend (decap-server, git mode) on
/// 127.0.0.1, and Chromium opening /admin/. A news item is written in the form, naming a deadline,
/// and published; it must arrive in input/news as a commit, pass 'check', and be served.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CmsEditorTests(BrowserFixture browser) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TestSite site = CopyOfRealSite();
    private readonly DateTimeOffset now = BrowserFixture.RealSiteNow;

    [BrowserFact]
    public async Task A_news_item_made_in_the_form_is_committed_checks_and_is_served()
    {
        var port = LocalCmsBackend.FreePort();
        site.Write("input/site.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "site.yml")) + $"\ncms:\n  local_port: {port}\n");
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, now.AddDays(-1), "the site as it was");

        using var backend = await LocalCmsBackend.StartAsync(site.Root, port, Patience);
        var log = new StringWriter();
        var options = site.Options(now) with { UseGitHistory = false, CmsBundleDir = LocalCmsBackend.BundleDir };
        await using var preview = await PreviewServer.StartAsync(new PreviewOptions(options, Port: 0), new LockedWriter(log));
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nb-NO", TimezoneId = "Europe/Oslo" });
        // The CMS is a 5 MB program and the machine may be busy: longer than the other browser tests, still bounded.
        context.SetDefaultTimeout(45_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error" || m.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                problems.Add(m.Text);
        };
        page.PageError += (_, e) => problems.Add(e);

        try
        {
            await page.GotoAsync(preview.Address + "/admin/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
            await page.GotoAsync(preview.Address + "/admin/#/collections/news/new");
            await page.GetByLabel("Tittel", new() { Exact = true }).FillAsync("Påminnelse om kartleggingen");
            await page.GetByLabel("Dato", new() { Exact = true }).FillAsync("2022-11-28");
            await page.GetByLabel("Sammendrag").FillAsync("Husk å sende inn kartleggingen.");
            // The relation widget: a combobox that searches the deadlines' titles.
            await page.GetByRole(AriaRole.Combobox, new() { Name = "Frister" }).FillAsync("kartleggingen");
            await page.GetByText("Svarfrist for kartleggingen av folkebibliotekene").Last.ClickAsync();
            await page.Locator("[data-slate-editor]").First.ClickAsync();
            await page.Keyboard.TypeAsync("Fristen nærmer seg.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Publiser" }).First.ClickAsync();
            await page.GetByText("Publiser nå").ClickAsync();
        }
        catch (Exception) when (Environment.GetEnvironmentVariable("SITEGEN_CMS_SCREENSHOT") is { Length: > 0 } shot)
        {
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            await File.WriteAllTextAsync(shot + ".html", await page.ContentAsync());
            throw;
        }

        var file = Path.Combine(site.InputDir, "news", "paminnelse-om-kartleggingen.md");
        await WaitFor(() => Task.FromResult(File.Exists(file)), $"{file} to be written; CMS backend log:\n{backend.Log}\nbrowser:\n{string.Join("\n", problems)}");
        var text = await File.ReadAllTextAsync(file);
        var front = FrontMatter(text);
        Assert.Equal("Påminnelse om kartleggingen", Scalar(front, "title"));
        Assert.Equal("2022-11-28", Scalar(front, "date"));
        Assert.Equal("Husk å sende inn kartleggingen.", Scalar(front, "summary"));
        Assert.Equal(["kartlegging-folkebibliotek"], ((YamlSequenceNode)front.Children[new YamlScalarNode("deadlines")]).Children.Select(n => ((YamlScalarNode)n).Value));
        Assert.Contains("Fristen nærmer seg.", text, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("SITEGEN_CMS_SCREENSHOT") is { Length: > 0 } keep)
            File.Copy(file, keep + ".md", overwrite: true);
        // decap-server writes the file, then commits it.
        await WaitFor(() => Task.FromResult(Git("log", "-1", "--format=%s").Contains("Ny nyhet: «paminnelse-om-kartleggingen»", StringComparison.Ordinal)),
            $"the commit; git log:\n{Git("log", "--format=%s")}\nCMS backend log:\n{backend.Log}");
        Assert.Contains("input/news/paminnelse-om-kartleggingen.md", Git("log", "-1", "--name-only", "--format=%s"), StringComparison.Ordinal);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.True(CheckCommand.Run(options, stdout, stderr) == ExitCodes.Success, $"check failed:\n{stderr}\n---\n{text}");

        using var client = new HttpClient { Timeout = Patience };
        string served = "";
        await WaitFor(async () =>
        {
            using var answer = await client.GetAsync(preview.Address + "/aktuelt/paminnelse-om-kartleggingen/");
            served = await answer.Content.ReadAsStringAsync();
            return answer.IsSuccessStatusCode && served.Contains("Fristen nærmer seg.", StringComparison.Ordinal);
        }, "the new page to be served; serve log:\n" + log);
        Assert.Contains("Svarfrist for kartleggingen av folkebibliotekene", served, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    private static TestSite CopyOfRealSite()
    {
        var site = new TestSite();
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories))
            site.WriteBytes(Path.Combine("input", Path.GetRelativePath(RepoPaths.Input, path)), File.ReadAllBytes(path));
        return site;
    }

    private static YamlMappingNode FrontMatter(string text)
    {
        var split = FrontMatterSplitter.Split(text.Replace("\r\n", "\n"), out var error);
        Assert.True(split is not null, error?.En);
        var stream = new YamlStream();
        stream.Load(new StringReader(split!.Yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private string Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var git = Process.Start(info)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit(30_000);
        return output;
    }

    private static async Task WaitFor(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"timed out after {Patience.TotalSeconds} s waiting for {what}");
    }

    public void Dispose() => site.Dispose();
}
