using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Links;

/// <summary>External links are never fetched; --list-external reports their hosts and the pages that link to them.</summary>
public sealed class ExternalLinkTests
{
    [Fact]
    public void Build_ExternalLinks_CollectedByHostNotChecked()
    {
        using var site = new TestSite(
            ("input/pages/a.md", "---\ntitle: A\n---\n[uu](https://uustatus.no/) og [finnes ikke](https://ingen-slik-vert.invalid/side)\n"),
            ("input/news/n.md", "---\ntitle: N\ndate: 2022-11-01\n---\n[uu](https://uustatus.no/)\n"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal(
            [("ingen-slik-vert.invalid", "/a/"), ("uustatus.no", "/a/"), ("uustatus.no", "/aktuelt/n/")],
            ContentLinks(result).Select(l => (l.Host, l.PageSitePath)));
    }

    [Fact]
    public void Run_ListExternal_PrintsHostsAndPages()
    {
        using var site = new TestSite(("input/pages/a.md", "---\ntitle: A\n---\n[uu](https://uustatus.no/)\n"));
        var stdout = new StringWriter();

        var exit = BuildCommand.Run(site.Options(), site.OutputDir, stdout, new StringWriter(), listExternal: true, messages: MessageLanguage.En);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("uustatus.no\n  https://uustatus.no/  (on /a/)", stdout.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Build_AbsoluteLinkToTheSiteItself_CheckedAsInternal()
    {
        using var site = new TestSite(("input/pages/a.md", "---\ntitle: A\n---\n[meg](https://test.example/borte/)\n"));

        var result = site.Build();

        Assert.Equal("SG4101", Assert.Single(result.Errors).Code);
        Assert.Empty(ContentLinks(result));
    }

    /// <summary>External links from content, without the theme's own "add to Google/Outlook calendar" links.</summary>
    private static IEnumerable<SiteGen.Links.ExternalLink> ContentLinks(SiteGen.BuildResult result) =>
        result.ExternalLinks.Where(l => l.Host is not ("calendar.google.com" or "outlook.live.com" or "outlook.office.com" or "tilsyn.example"));
}
