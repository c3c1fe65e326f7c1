using System.Text;

namespace SiteGen.Bench.Corpus;

/// <summary>The corpus as a SiteGen input/ folder (site.yml, news/, pages/, data/, files/); the theme is the repository's.</summary>
public static class SiteGenLayout
{
    public static void Write(CorpusGenerator corpus, string input)
    {
        CorpusFiles.Write(input, "site.yml", SiteYml());
        foreach (var item in corpus.Items())
            CorpusFiles.Write(input, $"news/{item.Slug}.md", CorpusGenerator.FrontMatter(item) + item.Body);
        var menu = 1;
        foreach (var (slug, title, body) in corpus.Pages())
        {
            var front = slug == "index" ? $"---\ntitle: {title}\n---\n" : $"---\ntitle: {title}\nmenu: {menu++}\n---\n";
            CorpusFiles.Write(input, $"pages/{slug}.md", front + body);
        }
        CorpusFiles.Write(input, "data/deadlines.yml", corpus.DeadlinesYaml());
        foreach (var (name, title, bytes) in PdfFiles(corpus))
        {
            CorpusFiles.Write(input, $"files/{name}", bytes);
            CorpusFiles.Write(input, $"files/{name}.yml", $"title: {CorpusGenerator.Quote(title)}\ndescription: {CorpusGenerator.Quote(title + " (PDF til benchmark)")}\nlanguage: nb\n");
        }
    }

    public static IEnumerable<(string Name, string Title, byte[] Bytes)> PdfFiles(CorpusGenerator corpus)
    {
        for (var k = 0; k < CorpusGenerator.PdfCount; k++)
        {
            var random = SeededRandom.For(corpus.Seed, k, salt: 5);
            var title = NorwegianText.Title(random);
            var lines = Enumerable.Range(0, random.Next(20, 60)).Select(_ => NorwegianText.Sentence(random));
            yield return (CorpusGenerator.PdfName(k), title, Pdfs.Make(title, lines));
        }
    }

    private static string SiteYml()
    {
        var yml = new StringBuilder()
            .Append("title: Grenseløse muligheter\n")
            .Append("subtitle: Samarbeid gjennom biblioteksystem\n")
            .Append("description: Et generert nettsted med samme slags innhold som det ekte, til å måle byggetid.\n")
            .Append($"base_url: {CorpusGenerator.BaseUrl}\n")
            .Append("language: nb\ntime_zone: Europe/Oslo\nowner: Troms og Finnmark fylkesbibliotek\nnews_per_page: 10\n")
            .Append("accessibility_statement: /tilgjengelighet/\n")
            .Append("audiences:\n");
        foreach (var (id, label) in CorpusGenerator.Audiences)
            yml.Append($"  {id}: {label}\n");
        yml.Append("menu:\n");
        foreach (var (title, url) in Menu)
            yml.Append($"  - title: {title}\n    url: {url}\n");
        return yml.ToString();
    }

    public static readonly (string Title, string Url)[] Menu =
        [("Forside", "/"), ("Aktuelt", "/aktuelt/"), ("Frister", "/frister/"), ("For bibliotekledere", "/for-bibliotekledere/"), ("Om prosjektet", "/om-prosjektet/")];
}
