using SiteGen.Rendering.Views;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>Many list pages: each links the first, the last and its neighbours, not every page.</summary>
public sealed class PaginationWindowTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(2, 9, "1 2 3 4 5 6 7 8 9")]
    [InlineData(1, 1000, "1 2 3 4 5 … 1000")]
    [InlineData(4, 1000, "1 2 3 4 5 6 … 1000")]
    [InlineData(5, 1000, "1 2 3 4 5 6 7 … 1000")]
    [InlineData(6, 1000, "1 … 4 5 6 7 8 … 1000")]
    [InlineData(500, 1000, "1 … 498 499 500 501 502 … 1000")]
    [InlineData(996, 1000, "1 … 994 995 996 997 998 999 1000")]
    [InlineData(1000, 1000, "1 … 996 997 998 999 1000")]
    [InlineData(5, 10, "1 2 3 4 5 6 7 … 10")]
    public void Window_ListsEndsAndNeighbours(int current, int total, string expected)
    {
        var shown = PaginationView.Window(current, total).Select(n => n == 0 ? "…" : n.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, string.Join(' ', shown));
    }

    [Fact]
    public void Build_ManyListPages_MiddlePageLinksNeighboursAndEndsAndMarksItself()
    {
        var news = Enumerable.Range(1, 200).Select(i => ($"input/news/sak-{i}.md", $"---\ntitle: Sak {i}\ndate: 2022-01-01\n---\nTekst.\n"));
        using var site = new TestSite([.. news]);

        var nav = site.Build().Html("aktuelt/side/10/index.html").QuerySelector("nav.pagination")!;

        var links = nav.QuerySelectorAll("a:not([rel])").Select(a => a.TextContent).ToList();
        Assert.Equal(["Side 1", "Side 8", "Side 9", "Side 10", "Side 11", "Side 12", "Side 20"], links);
        Assert.Equal("/aktuelt/side/10/", Assert.Single(nav.QuerySelectorAll("[aria-current=page]")).GetAttribute("href"));
        Assert.Equal(2, nav.QuerySelectorAll("li[aria-hidden=true]").Length);
    }
}
