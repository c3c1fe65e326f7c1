using AngleSharp.Html.Parser;
using SiteGen.Links;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Links;

/// <summary>
/// The link check reads finished pages with its own streaming tokenizer, not a browser's parser. What it
/// finds must be what a browser finds: the same ids to link to, the same URLs at the same places.
/// </summary>
public sealed class PageReaderTests
{
    private static PageReader Read(string html, string? statement = null)
    {
        var reader = new PageReader(statement);
        HtmlTokens.Read(html, reader);
        return reader;
    }

    [Fact]
    public void Read_EveryPageOfTheExampleSite_FindsTheIdsAndUrlsABrowserFinds()
    {
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, TestSite.DefaultNow));
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 10, "the example site should have pages");

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        foreach (var page in pages)
        {
            var html = System.Text.Encoding.UTF8.GetString(page.Content);
            var document = parser.ParseDocument(html);
            var reader = Read(html);

            var browserIds = document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!));
            Assert.Equal(browserIds.ToHashSet(StringComparer.Ordinal).Order(StringComparer.Ordinal), reader.Ids.Order(StringComparer.Ordinal));
            var browserUrls = document.QuerySelectorAll("a[href], area[href], link[href], img[src], script[src], iframe[src], source[src], video[src], audio[src], track[src], embed[src]")
                .Select(e => (e.GetAttribute(e.LocalName is "a" or "area" or "link" ? "href" : "src")!.Trim(), e.SourceReference!.Position.Line, e.SourceReference.Position.Column));
            Assert.Equal(browserUrls, reader.References.Select(r => (r.Value, r.Line, r.Column)));
            Assert.Equal(document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TextContent), reader.Headings.Select(h => h.Text.ToString()));
        }
    }

    [Fact]
    public void Read_TagsInScriptsCommentsAndTextareas_AreNotLinks()
    {
        var reader = Read("""
            <!-- <a href="/kommentar/">x</a> -->
            <script>var s = "<a href='/i-script/'>x</a></div>";</script>
            <textarea><a href="/i-tekstfelt/">x</a></textarea>
            <a href="/ekte/">ekte</a>
            """);

        Assert.Equal(["/ekte/"], reader.References.Select(r => r.Value));
        Assert.Equal((4, 1), (reader.References[0].Line, reader.References[0].Column));
    }

    [Fact]
    public void Read_UnquotedUpperCaseAndEncodedAttributes_ReadAsABrowserReadsThem()
    {
        var reader = Read("<P><A HREF=/a/?x=1&amp;y=2 ID=Sted>Om &laquo;oss&raquo;</A> <a href='/b/' href=\"/ignorert/\">b</a></P>");

        Assert.Equal(["/a/?x=1&y=2", "/b/"], reader.References.Select(r => r.Value));
        Assert.Contains("Sted", reader.Ids);
        Assert.Equal("Om «oss»", reader.Links[0].Text.ToString());
    }

    [Fact]
    public void Read_StatementLink_CountsOnlyInTheFooter()
    {
        const string Statement = "https://uustatus.no/erklaering";

        Assert.False(Read($"<main><a href=\"{Statement}\">Erklæring</a></main><footer><p>Bunntekst</p></footer>", Statement).LinksStatement);
        Assert.True(Read($"<footer><p><a href=\"{Statement}\">Erklæring</a></p></footer>", Statement).LinksStatement);
    }

    [Fact]
    public void Read_ImagesAndTables_KnowWhatTheyAreInside()
    {
        var reader = Read("""
            <div class="side prose"><img src="/i-teksten.png"></div><img src="/i-malen.png">
            <table><tr><td><table><tr><th>x</th></tr></table></td></tr></table><table><tr><td>y</td></tr></table>
            <a href="/"><img src="/logo.png" alt="Forsiden"></a>
            """);

        Assert.Equal(["/i-malen.png"], reader.ImagesWithoutAlt.Select(i => i.Src));
        Assert.Equal([true, true, false], reader.Tables.Select(t => t.HasHeaderCell));
        Assert.True(reader.Links.Single().HasImageWithAlt);
    }
}
