using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

public sealed class SearchTests
{
    [Fact]
    public void Build_SearchIndex_HoldsNewsPagesAndDeadlines()
    {
        using var site = new TestSite(
            ("input/news/mikromarc.md", "---\ntitle: Råd om Mikromarc\ndate: 2022-11-04\ntags: [katalog]\n---\nRydd i katalogen før konvertering.\n"),
            ("input/pages/om.md", "---\ntitle: Om prosjektet\n---\nBakgrunn.\n"),
            ("input/data/deadlines.yml", "- id: frist\n  title: Svarfrist\n  date: 2022-12-02\n  audience: [folkebibliotek]\n"));

        var result = site.Build();
        using var index = JsonDocument.Parse(result.File("sok/indeks.json")!.Content);

        var entries = index.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("T").GetString()!, e => e);
        Assert.Equal("Nyhet", entries["Råd om Mikromarc"].GetProperty("K").GetString());
        Assert.Equal("/aktuelt/mikromarc/", entries["Råd om Mikromarc"].GetProperty("U").GetString());
        Assert.Contains("katalogen før konvertering", entries["Råd om Mikromarc"].GetProperty("X").GetString());
        Assert.Equal("Side", entries["Om prosjektet"].GetProperty("K").GetString());
        Assert.Equal("/frister/#frist", entries["Svarfrist"].GetProperty("U").GetString());
    }

    [Fact]
    public void Build_SearchPage_ListsEverythingWithoutJavaScriptAndHasALabelledField()
    {
        using var site = new TestSite(
            ("input/news/a.md", "---\ntitle: Nyhet A\ndate: 2022-11-04\n---\nTekst.\n"),
            ("input/pages/om.md", "---\ntitle: Om prosjektet\n---\nBakgrunn.\n"));

        var page = site.Build().Html("sok/index.html");

        var field = page.GetElementById("sok-felt")!;
        Assert.Equal("sok-felt", page.QuerySelector("label[for=sok-felt]")!.GetAttribute("for"));
        Assert.Equal("q", field.GetAttribute("name"));
        var listed = page.QuerySelectorAll(".search-all a").Select(a => a.TextContent).ToList();
        Assert.Contains("Nyhet A", listed);
        Assert.Contains("Om prosjektet", listed);
        Assert.Equal("/sok/indeks.json", page.GetElementById("sok-alt")!.GetAttribute("data-index"));
    }
}
