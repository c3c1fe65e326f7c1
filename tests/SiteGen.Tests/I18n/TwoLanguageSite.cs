using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>A small site in Bokmål with an English home and about page, as the real site has them.</summary>
public static class TwoLanguageSite
{
    public const string Config = TestSite.MinimalConfig + """

        languages:
          en:
            description: A site for tests, in English.
            menu:
              - title: Home
                url: /en/
              - title: About
                url: /en/about/
        """;

    public static readonly (string Path, string Content)[] Files =
    [
        ("input/site.yml", Config),
        ("input/data/deadlines.yml", "- id: kartlegging\n  title: Svarfrist for kartleggingen\n  date: 2022-12-02\n  audience: [folkebibliotek]\n"),
        ("input/news/sak.md", SiteFiles.News("En sak på norsk", "2022-11-10", "summary: Et sammendrag på norsk.")),
        ("input/pages/index.md", SiteFiles.Page("Forsiden", "summary: Velkommen.")),
        ("input/pages/index.en.md", SiteFiles.Page("The home page", "lang: en\ntranslation_of: /", "Welcome.")),
        ("input/pages/om.md", SiteFiles.Page("Om testsiden", "summary: Om siden.")),
        ("input/pages/about.md", SiteFiles.Page("About the test site", "lang: en\ntranslation_of: /om/\nsummary: About the site.", "About.")),
        ("input/pages/kontakt.md", SiteFiles.Page("Kontakt")),
    ];

    private static readonly Lazy<BuildResult> Built = new(() =>
    {
        using var site = new TestSite(Files);
        return site.Build();
    });

    /// <summary>Built once for the tests that only read it.</summary>
    public static BuildResult Result => Built.Value;
}
