using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

public sealed class SearchTests
{
    [Fact]
    public void Build_SearchIndex_HoldsTheWholeTextOfNewsPagesAndDeadlines()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Dette er fylltekst om noe annet.", 40));
        using var site = new TestSite(
            ("input/news/mikromarc.md", $"---\ntitle: Råd om Mikromarc\ndate: 2022-11-04\ntags: [katalog]\n---\n{filler}\n\nRydd i katalogen før konverteringen.\n"),
            ("input/pages/om.md", "---\ntitle: Om prosjektet\n---\nBakgrunn.\n"),
            ("input/data/deadlines.yml", "- id: frist\n  title: Svarfrist\n  date: 2022-12-02\n  audience: [folkebibliotek]\n  description: Send inn skjemaet.\n"));

        var result = site.Build();

        result.AssertSucceeded();
        // Past the first 1,000 characters, in another inflection than written.
        Assert.Equal(["/aktuelt/mikromarc/"], SearchIndexFiles.Urls(result, "konvertering"));
        Assert.Equal(["/om/"], SearchIndexFiles.Urls(result, "bakgrunnen"));
        Assert.Equal(["/frister/#frist"], SearchIndexFiles.Urls(result, "skjema"));
        var search = SearchIndexFiles.Query(result);
        var item = search.Item(search.Run("katalog").Hits.Single().Doc);
        Assert.Equal("Råd om Mikromarc", item.GetProperty("t").GetString());
        Assert.Equal("Nyhet", item.GetProperty("k").GetString());
        Assert.Equal("4. november 2022", item.GetProperty("d").GetString());
        Assert.EndsWith("Rydd i katalogen før konverteringen.", item.GetProperty("x").GetString());
    }

    /// <summary>
    /// The browser asks for the index files with the manifest's version (?v=), so it must change whenever any of them does:
    /// a result file alone (an excerpt's text), or a shard alone (a word's score), and stay the same for the same site.
    /// </summary>
    [Fact]
    public void Build_SearchIndexVersion_ChangesWithAnyIndexFile_AndOnlyThen()
    {
        static string Version(params (string, string)[] files)
        {
            using var site = new TestSite(files);
            var manifest = site.Build().Files.Single(f => f.Path == "sok/indeks/manifest.json").Content;
            return JsonDocument.Parse(manifest).RootElement.GetProperty("v").GetString()!;
        }
        (string, string) News(string body) => ("input/news/a.md", $"---\ntitle: Kartlegging\ndate: 2022-11-04\n---\n{body}\n");
        var first = Version(News("Svarfristen er fredag."));

        Assert.Equal(first, Version(News("Svarfristen er fredag.")));
        Assert.NotEqual(first, Version(News("Svarfristen er fredag!")));      // the same words: only the result file's excerpt differs
        Assert.NotEqual(first, Version(News("Svarfristen er fredag fredag."))); // a word twice: its score in a shard
    }

    /// <summary>A letter beyond the Basic Multilingual Plane is two chars in .NET; half of one once stopped the build.</summary>
    [Fact]
    public void Build_TextWithLettersBeyondTheBasicPlane_IsIndexedWithThemWhole()
    {
        using var site = new TestSite(("input/news/a.md", "---\ntitle: Matematikk\ndate: 2022-11-04\n---\nFormelen 𝐀𝐁c står i vedlegget 😀 sammen med 𐐷ord.\n"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal(["/aktuelt/a/"], SearchIndexFiles.Urls(result, "vedlegget"));
        Assert.Equal(["/aktuelt/a/"], SearchIndexFiles.Urls(result, "𝐀𝐁c"));
        Assert.Equal(["/aktuelt/a/"], SearchIndexFiles.Urls(result, "𐐷ord"));
    }

    [Fact]
    public void Build_SearchIndex_UnderABasePath_HasAddressesWithIt()
    {
        using var site = new TestSite(("input/news/a.md", SiteFiles.News("Nyhet om kartlegging", "2022-11-04")));

        var result = site.Build(baseUrl: "https://example.org/prosjekt/");

        Assert.Equal(["/prosjekt/aktuelt/a/"], SearchIndexFiles.Urls(result, "kartleggingen"));
        Assert.Equal("/prosjekt/sok/indeks/manifest.json", result.Html("sok/index.html").GetElementById("sok-skjema")!.GetAttribute("data-index"));
    }

    [Fact]
    public void Build_SearchPage_HasALabelledFieldAndSaysWhatToDoWithoutJavaScript()
    {
        using var site = new TestSite(("input/news/a.md", SiteFiles.News("Nyhet A", "2022-11-04")));

        var page = site.Build().Html("sok/index.html");

        var field = page.GetElementById("sok-felt")!;
        Assert.Equal("sok-felt", page.QuerySelector("label[for=sok-felt]")!.GetAttribute("for"));
        Assert.Equal("q", field.GetAttribute("name"));
        var status = page.GetElementById("sok-status")!;
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.Equal("status", status.GetAttribute("role"));
        // AngleSharp parses without scripting, so the <noscript> content is elements, as a browser without JavaScript shows it.
        var noscript = page.QuerySelector("noscript .search-noscript")!;
        Assert.StartsWith("Søket trenger JavaScript", noscript.QuerySelector("p")!.TextContent);
        Assert.Equal(["/aktuelt/", "/frister/", "/dokumenter/"], noscript.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // No list of every item on the page any more: at 10,000 items it made the page itself heavy.
        Assert.True(site.Build().File("sok/index.html")!.Content.Length < 20_000);
    }

    [Fact]
    public void Build_ManyItems_AQueryFetchesASmallPartOfTheIndex()
    {
        var words = new[] { "kartlegging", "budsjett", "leverandør", "konvertering", "opplæring", "katalog", "avtale", "møte" };
        var files = Enumerable.Range(0, 400).Select(i => ($"input/news/sak-{i}.md",
            SiteFiles.News($"Sak {i} om {words[i % words.Length]}", "2022-11-04",
                body: string.Join(' ', Enumerable.Range(0, 60).Select(j => $"{words[(i + j) % words.Length]}en ord{i}x{j} tekst{j % 17}."))))).ToArray();
        using var site = new TestSite(files);

        var result = site.Build();
        result.AssertSucceeded();
        var index = result.Files.Where(f => f.Path.StartsWith(SearchIndexFiles.Folder, StringComparison.Ordinal)).ToList();
        var search = SearchIndexFiles.Query(result);
        var hits = search.Run("ord123x5").Hits;

        Assert.Equal("Sak 123 om konvertering", search.Item(hits.Single().Doc).GetProperty("t").GetString());
        Assert.True(search.BytesFetched < index.Sum(f => (long)f.Content.Length) / 20, $"{search.BytesFetched} of {index.Sum(f => f.Content.Length)} bytes");
        // Every shard is small, unless it holds a single term too common to split.
        foreach (var shard in index.Where(f => f.Path.Contains("/s/", StringComparison.Ordinal)))
        {
            using var json = JsonDocument.Parse(shard.Content);
            Assert.True(shard.Content.Length <= SearchIndexWriter.ShardBytes * 2 || json.RootElement.EnumerateObject().Count() == 1,
                $"{shard.Path}: {shard.Content.Length} bytes");
        }
    }

    [Fact]
    public void Build_SameSite_SameIndexBytes()
    {
        using var site = new TestSite(("input/news/a.md", SiteFiles.News("Nyhet om kartlegging", "2022-11-04")), ("input/pages/om.md", SiteFiles.Page("Om")));

        var first = site.Build().Files.Where(f => f.Path.StartsWith(SearchIndexFiles.Folder, StringComparison.Ordinal)).ToList();
        var second = site.Build().Files.Where(f => f.Path.StartsWith(SearchIndexFiles.Folder, StringComparison.Ordinal)).ToList();

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), p => Assert.Equal(p.First.Content, p.Second.Content));
    }
}
