using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>An unknown language or a translation that points at nothing stops the build at the file and line.</summary>
public sealed class TranslationErrorTests
{
    private static BuildResult Build(params (string Path, string Content)[] files)
    {
        using var site = new TestSite(files);
        return site.Build();
    }

    [Fact]
    public void Build_UnknownLanguageInFrontMatter_ReportsSG1017AtTheValue()
    {
        var result = Build(("input/pages/om.md", SiteFiles.Page("Om", "lang: eng")));

        var error = result.AssertOnlyError(DiagnosticCodes.UnknownLanguage, "input/pages/om.md", 3, 7);
        Assert.Contains("'eng'", error.Message);
        Assert.Contains("nb, nn, se, en", error.Message);
    }

    [Fact]
    public void Build_UnknownLanguageOfNewsItem_ReportsSG1017()
    {
        var result = Build(("input/news/sak.md", SiteFiles.News("Sak", "2022-10-01", "lang: no")));

        result.AssertOnlyError(DiagnosticCodes.UnknownLanguage, "input/news/sak.md", 4, 7);
    }

    [Fact]
    public void Build_UnknownLanguageInSiteYml_ReportsSG1017AtTheKey()
    {
        var result = Build(("input/site.yml", TestSite.MinimalConfig + "\nlanguages:\n  english:\n    menu: []\n"));

        var error = result.AssertOnlyError(DiagnosticCodes.UnknownLanguage, "input/site.yml", 18, 3);
        Assert.Contains("'english'", error.Message);
    }

    [Fact]
    public void Build_UnknownSiteLanguage_ReportsSG1017()
    {
        var result = Build(("input/site.yml", TestSite.MinimalConfig.Replace("language: nb", "language: norsk")));

        result.AssertOnlyError(DiagnosticCodes.UnknownLanguage, "input/site.yml", 4, 11);
    }

    [Fact]
    public void Build_TranslationOfAPageThatDoesNotExist_ReportsSG2007AtTheValue()
    {
        var result = Build(
            ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/pages/about.md", SiteFiles.Page("About", "lang: en\ntranslation_of: /om-prosjektet/")));

        var error = result.AssertOnlyError(DiagnosticCodes.DanglingTranslation, "input/pages/about.md", 4, 17);
        Assert.Contains("/om-prosjektet/", error.Message);
    }

    [Fact]
    public void Build_TranslationOfANewsItem_ReportsSG2007SayingOnlyPagesCanBeTranslated()
    {
        var result = Build(
            ("input/news/sak.md", SiteFiles.News("Sak", "2022-10-01")),
            ("input/pages/about.md", SiteFiles.Page("About", "lang: en\ntranslation_of: /aktuelt/sak/")));

        var error = result.AssertOnlyError(DiagnosticCodes.DanglingTranslation, "input/pages/about.md", 4, 17);
        Assert.Contains("news item", error.Message);
    }

    [Fact]
    public void Build_TranslationOfAnAddressOnAnotherSite_ReportsSG2007()
    {
        var result = Build(("input/pages/about.md", SiteFiles.Page("About", "lang: en\ntranslation_of: https://example.org/om/")));

        result.AssertOnlyError(DiagnosticCodes.DanglingTranslation, "input/pages/about.md", 4, 17);
    }

    [Fact]
    public void Build_TranslationInTheSameLanguage_ReportsSG2008()
    {
        var result = Build(
            ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/pages/om-igjen.md", SiteFiles.Page("Om igjen", "translation_of: /om/")));

        var error = result.AssertOnlyError(DiagnosticCodes.TranslationConflict, "input/pages/om-igjen.md", 3, 17);
        Assert.Contains("'nb'", error.Message);
    }

    [Fact]
    public void Build_TwoTranslationsIntoOneLanguage_ReportsSG2008AtTheSecond()
    {
        var result = Build(
            ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/pages/about.md", SiteFiles.Page("About", "lang: en\ntranslation_of: /om/")),
            ("input/pages/about-us.md", SiteFiles.Page("About us", "lang: en\ntranslation_of: /om/")));

        var error = result.AssertOnlyError(DiagnosticCodes.TranslationConflict, "input/pages/about.md", 4, 17);
        Assert.Contains("input/pages/about-us.md", error.Message);
    }

    [Fact]
    public void Build_TranslationOfATranslation_ReportsSG2008NamingTheOriginal()
    {
        var result = Build(
            ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/pages/about.md", SiteFiles.Page("About", "lang: en\ntranslation_of: /om/")),
            ("input/pages/birra.md", SiteFiles.Page("Birra", "lang: se\ntranslation_of: /en/about/")));

        var error = result.AssertError(DiagnosticCodes.TranslationConflict, "input/pages/birra.md", 4, 17);
        Assert.Contains("point 'translation_of' at the original, /om/", error.Message);
    }

    [Fact]
    public void Build_TranslationOfOnANewsItem_ReportsSG2008()
    {
        var result = Build(
            ("input/news/sak.md", SiteFiles.News("Sak", "2022-10-01")),
            ("input/news/case.md", SiteFiles.News("Case", "2022-10-01", "lang: en\ntranslation_of: /aktuelt/sak/")));

        result.AssertOnlyError(DiagnosticCodes.TranslationConflict, "input/news/case.md", 5, 17);
    }

    [Fact]
    public void Build_PageSlugThatIsTheAddressOfAnotherLanguage_ReportsSG2005()
    {
        var result = Build(
            ("input/pages/index.md", SiteFiles.Page("Forside")),
            ("input/pages/en.md", SiteFiles.Page("En side")),
            ("input/pages/home.md", SiteFiles.Page("Home", "lang: en\ntranslation_of: /")));

        var error = result.AssertOnlyError(DiagnosticCodes.DuplicateSlug, "input/pages/home.md", 1, 1);
        Assert.Contains("/en/", error.Message);
        Assert.Contains("input/pages/en.md", error.Message);
    }

    [Fact]
    public void Build_EnglishMenuEntryLeadingNowhere_IsABrokenLinkNamingTheMenuEntry()
    {
        var result = Build(
            ("input/site.yml", TestSite.MinimalConfig + "\nlanguages:\n  en:\n    menu:\n      - title: Contact\n        url: /en/contact/\n"),
            ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/pages/about.md", SiteFiles.Page("About", "lang: en\ntranslation_of: /om/")));

        var error = Assert.Single(result.Errors);
        Assert.Equal(DiagnosticCodes.DeadLink, error.Code);
        Assert.Contains("menu entry 'Contact'", error.Message);
    }
}
