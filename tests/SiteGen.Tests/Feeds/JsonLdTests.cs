using System.Text.Json;
using AngleSharp.Dom;
using SiteGen.Tests.I18n;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

/// <summary>
/// The schema.org data, parsed back with System.Text.Json and checked for what schema.org and
/// Google's rich-result documentation ask of each type: Article (headline, datePublished,
/// dateModified; author and image only when known), Event (name, startDate; eventStatus for a
/// cancelled one), BreadcrumbList (ListItem with position, name and item).
/// </summary>
public sealed class JsonLdTests
{
    /// <summary>Every node of the page's JSON-LD: the "@graph" of its one block.</summary>
    public static List<JsonElement> Nodes(IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        var root = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        return [.. root.GetProperty("@graph").EnumerateArray()];
    }

    private static JsonElement Node(IDocument page, string type) => Nodes(page).Single(n => n.GetProperty("@type").GetString() == type);

    private static string? Text(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static TestSite DeadlineSite() => new(
        ("input/data/deadlines.yml", """
            - id: kartlegging
              title: Svarfrist for kartleggingen
              date: 2022-12-02
              audience: [folkebibliotek]
              description: Send inn skjemaet.
            - id: mote
              title: Møte om avtalen
              date: 2022-12-05T10:00
              status: cancelled
            - id: innspill
              title: Innspill til kravene
              date: 2023-01
            """),
        ("input/news/sak.md", "---\ntitle: Sak <om> «avtalen»\ndate: 2022-11-08\nsummary: Kort om saken.\ntags: [avtale]\n---\nTekst.\n"),
        ("input/news/skrevet.md", "---\ntitle: Skrevet av noen\ndate: 2022-11-09\nauthor: Kari Nordmann\n---\nTekst.\n"));

    [Fact]
    public void NewsItem_IsANewsArticleWithWhatGoogleAsksFor()
    {
        using var site = DeadlineSite();
        var page = site.Build().Html("aktuelt/sak/index.html");

        var article = Node(page, "NewsArticle");

        Assert.Equal("Sak <om> «avtalen»", Text(article, "headline"));
        Assert.Equal(new DateTimeOffset(2022, 11, 8, 0, 0, 0, TimeSpan.FromHours(1)), DateTimeOffset.Parse(Text(article, "datePublished")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Text(article, "datePublished"), Text(article, "dateModified"));
        Assert.Equal("nb", Text(article, "inLanguage"));
        Assert.Equal("https://test.example/aktuelt/sak/", Text(article, "url"));
        Assert.Equal("Kort om saken.", Text(article, "description"));
        var publisher = article.GetProperty("publisher");
        Assert.Equal(("Organization", "Testbiblioteket"), (Text(publisher, "@type"), Text(publisher, "name")));
        // No author or image is made up: the item names neither.
        Assert.False(article.TryGetProperty("author", out _));
        Assert.False(article.TryGetProperty("image", out _));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("2022-11-08T00:00:00+01:00", page.QuerySelector("meta[property='article:published_time']")!.GetAttribute("content"));
    }

    [Fact]
    public void NewsItem_WithAnAuthorInFrontMatter_NamesThatPerson()
    {
        using var site = DeadlineSite();

        var author = Node(site.Build().Html("aktuelt/skrevet/index.html"), "NewsArticle").GetProperty("author");

        Assert.Equal(("Person", "Kari Nordmann"), (Text(author, "@type"), Text(author, "name")));
    }

    [Fact]
    public void DeadlinePage_HasAnEventForEveryDeadline_CancelledOnesMarkedSo()
    {
        using var site = DeadlineSite();
        var events = Nodes(site.Build().Html("frister/index.html")).Where(n => Text(n, "@type") == "Event").ToDictionary(n => Text(n, "name")!);

        Assert.Equal(3, events.Count);
        foreach (var ev in events.Values)
        {
            Assert.False(string.IsNullOrEmpty(Text(ev, "startDate")));
            Assert.StartsWith("https://schema.org/Event", Text(ev, "eventStatus"));
            // A deadline has no place: none is invented, nor an attendance mode.
            Assert.False(ev.TryGetProperty("location", out _));
            Assert.False(ev.TryGetProperty("eventAttendanceMode", out _));
        }
        var survey = events["Svarfrist for kartleggingen"];
        Assert.Equal(("2022-12-02", "2022-12-02"), (Text(survey, "startDate"), Text(survey, "endDate")));
        Assert.Equal("https://schema.org/EventScheduled", Text(survey, "eventStatus"));
        Assert.Equal("https://test.example/frister/#kartlegging", Text(survey, "url"));
        Assert.Equal("Send inn skjemaet.", Text(survey, "description"));
        var meeting = events["Møte om avtalen"];
        Assert.Equal("https://schema.org/EventCancelled", Text(meeting, "eventStatus"));
        Assert.Equal("2022-12-05T10:00:00+01:00", Text(meeting, "startDate"));
        Assert.False(meeting.TryGetProperty("endDate", out _));
        Assert.Equal(("2023-01-01", "2023-01-31"), (Text(events["Innspill til kravene"], "startDate"), Text(events["Innspill til kravene"], "endDate")));
    }

    [Theory]
    [InlineData("aktuelt/sak/index.html", new[] { "https://test.example/", "https://test.example/aktuelt/", "https://test.example/aktuelt/sak/" })]
    [InlineData("frister/folkebibliotek/index.html", new[] { "https://test.example/", "https://test.example/frister/", "https://test.example/frister/folkebibliotek/" })]
    [InlineData("dokumenter/index.html", new[] { "https://test.example/", "https://test.example/dokumenter/" })]
    public void Pages_HaveABreadcrumbListFromTheHomePage(string file, string[] steps)
    {
        using var site = DeadlineSite();

        var list = Node(site.Build().Html(file), "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();

        Assert.Equal(steps, list.Select(i => Text(i, "item")));
        Assert.Equal(Enumerable.Range(1, steps.Length), list.Select(i => i.GetProperty("position").GetInt32()));
        Assert.All(list, i => Assert.Equal("ListItem", Text(i, "@type")));
        Assert.All(list, i => Assert.False(string.IsNullOrWhiteSpace(Text(i, "name"))));
    }

    [Fact]
    public void EnglishHomePage_DescribesTheSiteInEnglishAtItsOwnAddress()
    {
        var result = TwoLanguageSite.Result;

        var nb = Node(result.Html("index.html"), "WebSite");
        var en = Node(result.Html("en/index.html"), "WebSite");

        Assert.Equal(("https://test.example/", "nb"), (Text(nb, "url"), Text(nb, "inLanguage")));
        Assert.Equal(("https://test.example/en/", "en"), (Text(en, "url"), Text(en, "inLanguage")));
        Assert.NotEqual(Text(nb, "description"), Text(en, "description"));
        Assert.Equal(result.Html("en/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"), Text(en, "description"));
        var breadcrumbs = Node(result.Html("en/about/index.html"), "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().Select(i => Text(i, "item"));
        Assert.Equal(["https://test.example/en/", "https://test.example/en/about/"], breadcrumbs);
    }

    [Fact]
    public void TranslatedPages_NameTheirLocaleAndTheOthers()
    {
        var result = TwoLanguageSite.Result;

        var nb = result.Html("om/index.html");
        var en = result.Html("en/about/index.html");

        Assert.Equal("nb_NO", nb.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal(["en_GB"], nb.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        Assert.Equal("en_GB", en.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal(["nb_NO"], en.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        Assert.Empty(result.Html("kontakt/index.html").QuerySelectorAll("meta[property='og:locale:alternate']"));
    }

    [Fact]
    public void NotFoundPage_HasNoStructuredData()
    {
        using var site = DeadlineSite();

        Assert.Empty(site.Build().Html("404.html").QuerySelectorAll("script[type='application/ld+json']"));
    }
}
