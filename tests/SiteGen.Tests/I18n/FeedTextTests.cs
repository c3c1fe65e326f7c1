using SiteGen.Diagnostics;
using SiteGen.Tests.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>
/// The texts of files written without a template (news feeds, calendars, the search index, redirect
/// pages) come from theme/i18n like the pages' texts: in the site's language, or the moved page's.
/// </summary>
public sealed class FeedTextTests
{
    private const string EnglishConfig = """
        title: Test site
        description: A site for tests.
        base_url: https://test.example/
        language: en
        time_zone: Europe/Oslo
        audiences:
          schools: School libraries
        """;

    private const string Deadlines =
        "- id: survey\n  title: Survey deadline\n  date: 2022-12-02\n  audience: [schools]\n  reminders: [P1D]\n" +
        "- id: meeting\n  title: Input meeting\n  date: 2022-12-05\n  status: cancelled\n";

    private static TestSite EnglishSite() => new(
        ("input/site.yml", EnglishConfig),
        ("input/data/deadlines.yml", Deadlines),
        ("input/news/item.md", SiteFiles.News("An item", "2022-11-10")),
        ("input/pages/about.md", "---\ntitle: About\naliases: /old-about/\n---\nAbout us.\n"));

    [Fact]
    public void Build_SiteInEnglish_FeedsCalendarsSearchAndRedirectsSpeakEnglish()
    {
        using var site = EnglishSite();

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Contains("<title>News – Test site</title>", result.Text("aktuelt/rss.xml"));
        var all = Ics.Parse(result, "kalender/frister.ics");
        Assert.Equal(("Deadlines – Test site", "All deadlines in Test site"), (all.Property("X-WR-CALNAME"), all.Property("X-WR-CALDESC")));
        Assert.Equal("Deadlines for school libraries – Test site", Ics.Parse(result, "kalender/schools.ics").Property("X-WR-CALNAME"));
        Assert.Equal("CANCELLED: Input meeting", all.Event("meeting").Summary);
        var survey = all.Event("survey");
        Assert.Equal("Reminder: Survey deadline", Assert.Single(survey.Alarms).Description);
        Assert.EndsWith("Read more: https://test.example/frister/#survey", survey.Description);
        var search = SearchIndexFiles.Query(result);
        Assert.Equal("News", search.Item(search.Run("item").Hits.Single().Doc).GetProperty("k").GetString());
        var redirect = result.Html("old-about/index.html");
        Assert.Equal("en", redirect.DocumentElement.GetAttribute("lang"));
        Assert.Equal("This page has moved to About.", redirect.QuerySelector("body p")!.TextContent);
        Assert.DoesNotContain("Frist", result.Text("kalender/frister.ics"));
    }

    [Fact]
    public void Build_RedirectOfAnEnglishPageOnANorwegianSite_IsInEnglish()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        site.Write("input/pages/about.md", SiteFiles.Page("About the test site", "lang: en\ntranslation_of: /om/\naliases: /en/old-about/", "About."));

        var result = site.Build();

        result.AssertSucceeded();
        var redirect = result.Html("en/old-about/index.html");
        Assert.Equal("en", redirect.DocumentElement.GetAttribute("lang"));
        Assert.Equal("This page has moved to About the test site.", redirect.QuerySelector("body p")!.TextContent);
    }

    [Theory]
    [InlineData("  reminder: \"Reminder: {0}\"\n", "calendar_feed.reminder")]
    [InlineData("  news_title: \"News – {0}\"\n", "feeds.news_title")]
    [InlineData("  kind_news: News\n", "search.kind_news")]
    [InlineData("  moved: \"This page has moved to {0}.\"\n", "redirect.moved")]
    public void Build_FeedTextMissingFromTheSiteLanguagesFile_FallsBackToBokmal_WithAWarningAtTheFile(string line, string key)
    {
        using var site = EnglishSite();
        var theme = site.CopyTheme();
        var en = Path.Combine(theme, "i18n", "en.yml");
        var texts = File.ReadAllText(en);
        Assert.Contains(line, texts);
        File.WriteAllText(en, texts.Replace(line, ""));

        var result = site.Build(theme: theme);

        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains($"'{key}'"));
        Assert.Equal(DiagnosticCodes.MissingUiString, warning.Code);
        Assert.Equal(SourceLocation.StartOf("theme/i18n/en.yml"), warning.Location);
        var shown = key switch
        {
            "calendar_feed.reminder" => Assert.Single(Ics.Parse(result, "kalender/frister.ics").Event("survey").Alarms).Description,
            "feeds.news_title" => result.Text("aktuelt/rss.xml"),
            "search.kind_news" => SearchIndexFiles.Query(result) is var search ? search.Item(search.Run("item").Hits.Single().Doc).GetProperty("k").GetString() : null,
            _ => result.Html("old-about/index.html").QuerySelector("body p")!.TextContent,
        };
        Assert.Contains(key switch
        {
            "calendar_feed.reminder" => "Påminnelse: Survey deadline",
            "feeds.news_title" => "<title>Aktuelt – Test site</title>",
            "search.kind_news" => "Nyhet",
            _ => "Siden har flyttet til About.",
        }, shown);
    }
}
