using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The home page's deadlines: "Neste frister" lists only what is ahead; past ones that fill the box have their own heading.</summary>
public sealed class HomeDeadlinesTests
{
    private static TestSite Site() => new(("input/data/deadlines.yml", """
        - id: forbi-1
          title: Første frist
          date: 2022-11-01
        - id: forbi-2
          title: Andre frist
          date: 2022-11-10
        - id: neste
          title: Neste frist
          date: 2022-12-02
        """));

    [Fact]
    public void Home_NextDeadlines_ListsNoExpiredDeadline()
    {
        using var site = Site();

        var section = site.Build().Html("index.html").QuerySelector("section[aria-labelledby=frister-tittel]")!;

        Assert.Equal("Neste frister", section.QuerySelector("h2")!.TextContent);
        var next = section.QuerySelector("ul[data-upcoming]")!;
        Assert.Equal(["Neste frist"], next.QuerySelectorAll(".deadline-title").Select(h => h.TextContent.Trim()));
        Assert.Empty(next.QuerySelectorAll(".is-past"));
        var past = section.QuerySelector("h3#frister-tidligere")!;
        Assert.Equal("Tidligere frister", past.TextContent);
        var pastList = past.NextElementSibling!;
        Assert.Equal(["Andre frist", "Første frist"], pastList.QuerySelectorAll("h4.deadline-title").Select(h => h.TextContent.Trim()));
        Assert.Equal(2, pastList.QuerySelectorAll(".is-past").Length);
    }

    [Fact]
    public void Home_NothingAhead_SaysSoAndShowsTheLatest()
    {
        using var site = Site();

        var section = site.Build(now: new DateTimeOffset(2023, 1, 10, 12, 0, 0, TimeSpan.Zero)).Html("index.html").QuerySelector("section[aria-labelledby=frister-tittel]")!;

        Assert.Equal("Frister", section.QuerySelector("h2")!.TextContent);
        Assert.Null(section.QuerySelector("[data-upcoming]"));
        Assert.Null(section.QuerySelector("h3#frister-tidligere"));
        Assert.Equal(3, section.QuerySelectorAll(".deadline.is-past").Length);
    }
}
