using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// publishDate and expiryDate at the edges: local times in Oslo, every place an item could show up,
/// and --drafts, which reveals drafts but never scheduled items. TestSite builds at 2022-11-20 12:00 UTC (13:00 in Oslo).
/// </summary>
public sealed class SchedulingTests
{
    private static readonly DateTimeOffset OsloHalfPastTwo = new(2022, 11, 20, 13, 30, 0, TimeSpan.Zero);

    private static string News(string title, string extra) => $"---\ntitle: {title}\ndate: 2022-11-01\n{extra}\n---\nTekst.\n";

    private static bool Anywhere(BuildResult result, string text) =>
        result.Files.Any(f => (f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".ics", StringComparison.Ordinal))
                              && System.Text.Encoding.UTF8.GetString(f.Content).Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Build_PublishTimeLaterToday_HidesUntilThatTimeInOslo()
    {
        using var site = new TestSite(("input/news/klokka-to.md", News("Klokka to", "publishDate: 2022-11-20T14:00")));

        var before = site.Build();
        var after = site.Build(now: OsloHalfPastTwo);

        before.AssertSucceeded();
        Assert.Null(before.File("aktuelt/klokka-to/index.html"));
        Assert.NotNull(after.File("aktuelt/klokka-to/index.html"));
    }

    [Fact]
    public void Build_ScheduledItem_AppearsNowhere()
    {
        using var site = new TestSite(
            ("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2022-12-01\n"),
            ("input/news/synlig.md", News("Synlig", "deadlines: [frist]")),
            ("input/news/planlagt.md", News("Planlagt hemmelighet", "publishDate: 2022-12-01\ndeadlines: [frist]\naliases: [/gammel-planlagt/]")));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.False(Anywhere(result, "Planlagt hemmelighet"));
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("planlagt", StringComparison.Ordinal));
        Assert.True(Anywhere(result, "Synlig"));
    }

    [Fact]
    public void Build_DeadlineDeclaredInScheduledItem_WaitsWithIt()
    {
        using var site = new TestSite(("input/news/planlagt.md",
            News("Planlagt", "publishDate: 2022-12-01\ndeadlines:\n  - id: skjult-frist\n    title: Skjult frist\n    date: 2022-12-15")));

        var early = site.Build();
        var later = site.Build(now: new DateTimeOffset(2022, 12, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.DoesNotContain(early.Model!.Deadlines, d => d.Id == "skjult-frist");
        Assert.DoesNotContain("skjult-frist", early.Text("kalender/frister.ics"));
        Assert.Contains(later.Model!.Deadlines, d => d.Id == "skjult-frist");
        Assert.Contains("skjult-frist", later.Text("kalender/frister.ics"));
    }

    [Fact]
    public void Build_DraftsOption_DoesNotRevealScheduledOrExpiredItems()
    {
        using var site = new TestSite(
            ("input/news/planlagt.md", News("Planlagt", "publishDate: 2022-12-01")),
            ("input/news/utlopt.md", News("Utløpt", "expiryDate: 2022-11-10")));

        var result = site.Build(drafts: true);

        Assert.Null(result.File("aktuelt/planlagt/index.html"));
        Assert.Null(result.File("aktuelt/utlopt/index.html"));
    }

    [Fact]
    public void Build_ExpiryTimeToday_ShowsUntilThatTimeInOslo()
    {
        using var site = new TestSite(("input/pages/tilbud.md", "---\ntitle: Tilbud\nexpiryDate: 2022-11-20T14:00\n---\nTekst.\n"));

        Assert.NotNull(site.Build().File("tilbud/index.html"));
        Assert.Null(site.Build(now: OsloHalfPastTwo).File("tilbud/index.html"));
    }

    [Fact]
    public void Build_ExpiryDateToday_IsGoneFromTheStartOfTheDay()
    {
        using var site = new TestSite(("input/pages/tilbud.md", "---\ntitle: Tilbud\nexpiryDate: 2022-11-20\n---\nTekst.\n"));

        Assert.Null(site.Build().File("tilbud/index.html"));
        Assert.NotNull(site.Build(now: new DateTimeOffset(2022, 11, 19, 22, 59, 0, TimeSpan.Zero)).File("tilbud/index.html"));
    }
}
