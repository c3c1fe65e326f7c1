using System.Text;
using SiteGen.Cms;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cms;

/// <summary>/admin/ is for editors only: noindex, in no sitemap or search index, its own policy, and never loaded by a public page.</summary>
public sealed class AdminSiteTests
{
    [Fact]
    public void AdminPage_IsNoindex_WithItsOwnPolicy_AndOutOfSitemapAndSearch()
    {
        using var site = new TestSite(("input/news/sak.md", "---\ntitle: Sak\ndate: 2022-11-01\n---\nTekst.\n"));
        var result = site.Build();
        result.AssertSucceeded();

        var admin = result.Html("admin/index.html");
        Assert.Equal("noindex, nofollow", admin.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var policy = admin.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Contains("script-src 'self' 'unsafe-eval';", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.Equal("/admin/config.yml", admin.QuerySelector("link[rel=cms-config-url]")!.GetAttribute("href"));
        Assert.DoesNotContain("/admin/", result.Text("sitemap.xml"));
        var index = result.Files.Where(f => f.Path.StartsWith("sok/indeks/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(index);
        Assert.All(index, f => Assert.DoesNotContain("admin", Encoding.UTF8.GetString(f.Content), StringComparison.Ordinal));
    }

    [Fact]
    public void PublicPages_NeverLoadTheCms()
    {
        using var site = new TestSite(("input/news/sak.md", "---\ntitle: Sak\ndate: 2022-11-01\n---\nTekst.\n"));
        var result = site.Build() with { };
        foreach (var page in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !AdminSite.IsAdminPath(f.Path)))
        {
            var html = Encoding.UTF8.GetString(page.Content);
            Assert.DoesNotContain("decap", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("admin/", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithoutTheBundle_AdminSaysSo_AndTheBuildWarnsHowToInstallIt()
    {
        using var site = new TestSite();
        var result = SiteBuilder.Build(site.Options() with { CmsBundleDir = Path.Combine(site.Root, "mangler") });
        result.AssertSucceeded();

        var warning = Assert.Single(result.Warnings, w => w.Code == DiagnosticCodes.CmsNotInstalled);
        Assert.Contains(CmsBundle.InstallCommand, warning.MessageNb);
        Assert.Contains(CmsBundle.InstallCommand, warning.Message);
        var admin = result.Html("admin/index.html");
        Assert.Empty(admin.QuerySelectorAll("script"));
        Assert.Equal("Redigeringsverktøyet er ikke installert", admin.QuerySelector("h1")!.TextContent);
        Assert.Equal(["admin/config.yml", "admin/index.html"], result.Files.Where(f => AdminSite.IsAdminPath(f.Path)).Select(f => f.Path));
    }

    [Fact]
    public void WithTheBundle_ItsScriptChunksAndWasmAreCopied_ButNoSourceMaps()
    {
        using var site = new TestSite();
        foreach (var name in new[] { "decap-cms.js", "decap-cms.js.map", "103.decap-cms.js", "103.cms.js", "cms.js", "ab12.wasm", "decap-cms.js.LICENSE.txt" })
            site.Write("bundle/dist/" + name, "// " + name);
        site.Write("bundle/package.json", "{\"name\":\"decap-cms\",\"version\":\"" + CmsBundle.Version + "\"}");
        var result = SiteBuilder.Build(site.Options() with { CmsBundleDir = Path.Combine(site.Root, "bundle", "dist") });
        result.AssertSucceeded();

        Assert.Empty(result.Warnings);
        Assert.Equal(["admin/103.decap-cms.js", "admin/ab12.wasm", "admin/config.yml", "admin/decap-cms.js", "admin/decap-cms.js.LICENSE.txt", "admin/index.html"],
            result.Files.Where(f => AdminSite.IsAdminPath(f.Path)).Select(f => f.Path));
        Assert.Equal("/admin/decap-cms.js", result.Html("admin/index.html").QuerySelector("body > script")!.GetAttribute("src"));
    }

    [Fact]
    public void AnotherVersionOfTheBundle_IsAWarningNamingBoth()
    {
        using var site = new TestSite();
        site.Write("bundle/dist/decap-cms.js", "//");
        site.Write("bundle/package.json", "{\"version\":\"3.0.0\"}");
        var result = SiteBuilder.Build(site.Options() with { CmsBundleDir = Path.Combine(site.Root, "bundle", "dist") });

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("3.0.0", warning.MessageNb);
        Assert.Contains(CmsBundle.Version, warning.MessageNb);
    }
}
