using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Golden;

/// <summary>The repository's own site (input/ + theme/) must always build cleanly.</summary>
public sealed class RealSiteTests
{
    private static readonly BuildOptions Options = new(RepoPaths.Input, RepoPaths.Theme, new DateTimeOffset(2022, 12, 1, 12, 0, 0, TimeSpan.Zero), DisplayRoot: RepoPaths.Root);

    private static readonly Lazy<BuildResult> Result = new(() => SiteBuilder.Build(Options));

    [Fact]
    public void Build_RealSite_SucceedsWithoutWarnings()
    {
        var result = Result.Value;

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Build_RealSite_HomeHasTitleNewsAndDeadlines()
    {
        var result = Result.Value;

        var home = result.Html("index.html");
        Assert.Equal("nb", home.DocumentElement.GetAttribute("lang"));
        Assert.Single(home.QuerySelectorAll("h1"));
        Assert.NotEmpty(home.QuerySelectorAll(".news-summary"));
        Assert.NotEmpty(home.QuerySelectorAll(".deadline"));
    }

    [Fact]
    public void Build_RealSite_EveryInternalLinkLeadsToAFileAndAnchor()
    {
        var result = Result.Value;
        var paths = result.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();

        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !SiteGen.Cms.AdminSite.IsAdminPath(f.Path)))
        {
            var page = result.Html(file.Path);
            foreach (var element in page.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("webcal://", StringComparison.Ordinal))
                    continue;
                var hash = url.IndexOf('#');
                var path = hash >= 0 ? url[..hash] : url;
                var anchor = hash >= 0 ? url[(hash + 1)..] : null;
                var target = path.Length == 0 ? file.Path : path.TrimStart('/') is var p && (p.Length == 0 || p.EndsWith('/')) ? p + "index.html" : path.TrimStart('/');
                if (!path.StartsWith('/') && path.Length > 0)
                    broken.Add($"{file.Path}: '{url}' is not root-relative");
                else if (!paths.Contains(target))
                    broken.Add($"{file.Path}: '{url}' has no file {target}");
                else if (anchor is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && result.Html(target).GetElementById(Uri.UnescapeDataString(anchor)) is null)
                    broken.Add($"{file.Path}: '{url}' has no element #{anchor}");
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Build_RealSite_LoadsNothingFromOtherHosts()
    {
        var result = Result.Value;

        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !SiteGen.Cms.AdminSite.IsAdminPath(f.Path)))
        {
            var page = result.Html(file.Path);
            Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
            Assert.All(page.QuerySelectorAll("script[src], link[rel=stylesheet], link[rel=icon], img, iframe, link[rel=preload]"),
                e => Assert.StartsWith("/", e.GetAttribute("href") ?? e.GetAttribute("src")));
        }
    }
}
