using SiteGen.Tests.Robustness;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Links;

/// <summary>
/// A broken link written in site.yml is on every page that shows it; it is reported once, at its line in
/// site.yml, not at the first generated page ("output/404.html") nor blamed on a template.
/// </summary>
public sealed class SettingsLinkTests
{
    private static HostileBuild.Outcome Fails(string config, string position, params (string Path, string Content)[] files)
    {
        using var site = new TestSite([("input/site.yml", config), .. files]);
        var outcome = HostileBuild.Fails(site, position, "SG4101");
        Assert.DoesNotContain("output/", outcome.Stderr.Split('\n').Where(l => l.Contains("error ")).FirstOrDefault() ?? "");
        return outcome;
    }

    [Fact]
    public void Build_MenuEntryLeadingNowhere_IsOneErrorAtItsUrlLine()
    {
        var config = TestSite.MinimalConfig.Replace("url: /aktuelt/", "url: /frister-finnes-ikke/");

        var outcome = Fails(config, "input/site.yml(16,10): error SG4101:");

        Assert.Contains("menypunktet «Aktuelt» lenker til «/frister-finnes-ikke/»", outcome.Stderr);
        Assert.Single(outcome.Stderr.Split('\n'), l => l.Contains("error "));
    }

    [Fact]
    public void Build_AccessibilityStatementLeadingNowhere_IsOneErrorAtItsLine()
    {
        var config = TestSite.MinimalConfig.Replace("https://tilsyn.example/erklaering", "/tilgjengelig/");

        var outcome = Fails(config, "input/site.yml(11,26): error SG4101:", ("input/pages/tilgjengelighet.md", SiteFiles.Page("Tilgjengelighet")));

        Assert.Contains("«accessibility_statement» lenker til «/tilgjengelig/»", outcome.Stderr);
        Assert.Contains("mente du /tilgjengelighet/?", outcome.Stderr);
        Assert.DoesNotContain("404.sbn", outcome.Stderr);
        Assert.Single(outcome.Stderr.Split('\n'), l => l.Contains("error "));
    }

    [Fact]
    public void Build_MenuEntryUnderABasePath_IsFoundAtItsLineToo()
    {
        var config = TestSite.MinimalConfig.Replace("https://test.example/", "https://test.example/prosjekt/").Replace("url: /aktuelt/", "url: /borte/");

        Fails(config, "input/site.yml(16,10): error SG4101:");
    }

    [Fact]
    public void Build_SameBrokenLinkInMenuAndMarkdown_IsReportedAtBoth()
    {
        var config = TestSite.MinimalConfig.Replace("url: /aktuelt/", "url: /borte/");

        var outcome = Fails(config, "input/site.yml(16,10): error SG4101:", ("input/pages/om.md", SiteFiles.Page("Om", body: "Se [her](/borte/).")));

        Assert.Contains("input/pages/om.md(4,", outcome.Stderr);
        Assert.Equal(2, outcome.Stderr.Split('\n').Count(l => l.Contains("error ")));
    }

    [Fact]
    public void Build_EnglishMenuEntryLeadingNowhere_IsAtItsLineUnderLanguages()
    {
        var config = TestSite.MinimalConfig + "\nlanguages:\n  en:\n    menu:\n      - title: Contact\n        url: /en/contact/\n";

        var outcome = Fails(config, "input/site.yml(21,14): error SG4101:", ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/pages/about.md", SiteFiles.Page("About", "lang: en\ntranslation_of: /om/")));

        Assert.Contains("menypunktet «Contact»", outcome.Stderr);
    }
}
