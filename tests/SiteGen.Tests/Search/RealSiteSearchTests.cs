using SiteGen.Output;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>The queries issue 16 found failing on the real site, run against the index the build writes.</summary>
public sealed class RealSiteSearchTests
{
    private static readonly Lazy<BuildResult> RealSite = new(() => SiteBuilder.Build(new BuildOptions(
        RepoPaths.Input, RepoPaths.Theme, new DateTimeOffset(2022, 12, 1, 12, 0, 0, TimeSpan.Zero), DisplayRoot: RepoPaths.Root)));

    [Theory]
    // Words deep in a page's text, past the 400 characters the old index kept.
    [InlineData("presentasjon", "/for-bibliotekledere/")]
    [InlineData("Mikromarc", "/for-bibliotekledere/")]
    // Inflection: the definite form finds the bare one, and the other way round.
    [InlineData("kravspesifikasjonen", "/aktuelt/utkast-kravspesifikasjon/")]
    [InlineData("kravspesifikasjon", "/aktuelt/innspurt-kravspesifikasjon/")]
    [InlineData("Tilslutningsavtalen", "/aktuelt/tilslutningsavtale/")]
    [InlineData("tilslutningsavtale", "/frister/#tilslutningsavtale")]
    // A typo, and a letter too many.
    [InlineData("kravspesifikasjonn", "/aktuelt/utkast-kravspesifikasjon/")]
    [InlineData("kravspesfikasjon", "/aktuelt/innspurt-kravspesifikasjon/")]
    [InlineData("Mikromrac", "/aktuelt/mikromarc/")]
    // The last part of a compound, and the start of a word as typed so far.
    [InlineData("avtale", "/aktuelt/tilslutningsavtale/")]
    [InlineData("presentasj", "/files/presentasjon-for-ledere.pdf")]
    // Text only the PDFs have.
    [InlineData("samordnet innkjøp", "/files/argumenter-for-felles-innkjop.pdf")]
    [InlineData("orientering til ledere", "/files/presentasjon-for-ledere.pdf")]
    // The home page's introduction.
    [InlineData("avklaring med leverandør sommeren", "/")]
    public void Query_FindsItsTarget(string query, string target)
    {
        var urls = SearchIndexFiles.Urls(RealSite.Value, query);

        Assert.Contains(target, urls);
    }

    [Theory]
    [InlineData("presentasjon")]
    [InlineData("Mikromarc")]
    [InlineData("kravspesifikasjonn")]
    [InlineData("biblioteksystem")]
    public void Query_DownloadsLittleOfTheIndex(string query)
    {
        var search = SearchIndexFiles.Query(RealSite.Value);
        foreach (var hit in search.Run(query).Hits.Take(SearchQuery.ResultsPerPage))
            search.Item(hit.Doc);

        var index = RealSite.Value.Files.Where(f => f.Path.StartsWith(SearchIndexFiles.Folder, StringComparison.Ordinal)).Sum(f => (long)f.Content.Length);
        Assert.True(search.BytesFetched < Math.Min(index / 2, 25_000), $"«{query}» fetched {search.BytesFetched} of {index} bytes");
    }

    [Fact]
    public void Query_WithATypo_SaysItMatchedAnotherWord()
    {
        var result = SearchIndexFiles.Query(RealSite.Value).Run("kravspesifikasjonn");

        Assert.True(result.Fuzzy);
        Assert.Contains("kravspesifikasjon", result.MatchedTerms);
    }

    [Fact]
    public void Query_RanksTheItemAboutTheWordFirst()
    {
        Assert.Equal("/aktuelt/mikromarc/", SearchIndexFiles.Urls(RealSite.Value, "Mikromarc")[0]);
        Assert.Equal("/files/presentasjon-for-ledere.pdf", SearchIndexFiles.Urls(RealSite.Value, "orientering")[0]);
    }

    [Fact]
    public void Query_ForWordsNowhereOnTheSite_FindsNothing()
    {
        Assert.Empty(SearchIndexFiles.Urls(RealSite.Value, "xylofonorkester"));
        Assert.Empty(SearchIndexFiles.Urls(RealSite.Value, "og i på"));
    }

    [Fact]
    public void Index_ListsBothPdfsAndTheHomePage_WithTheirText()
    {
        var search = SearchIndexFiles.Query(RealSite.Value);
        var manifest = System.Text.Json.JsonDocument.Parse(RealSite.Value.Files.Single(f => f.Path == "sok/indeks/manifest.json").Content).RootElement;
        var items = Enumerable.Range(0, manifest.GetProperty("n").GetInt32()).Select(search.Item).ToList();

        var pdf = items.Single(i => i.GetProperty("u").GetString() == "/files/presentasjon-for-ledere.pdf");
        Assert.Equal("Dokument", pdf.GetProperty("k").GetString());
        Assert.Contains("Mikromarc skal fases ut", pdf.GetProperty("x").GetString());
        Assert.Contains(items, i => i.GetProperty("u").GetString() == "/files/argumenter-for-felles-innkjop.pdf");
        Assert.Contains(items, i => i.GetProperty("u").GetString() == "/" && i.GetProperty("k").GetString() == "Side");
        Assert.Equal(RealSite.Value.Files.Count(f => f.Path.StartsWith("sok/indeks/f/", StringComparison.Ordinal)), items.Count);
    }
}
