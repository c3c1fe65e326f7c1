using System.Globalization;
using System.Text;

namespace SiteGen.Bench.Corpus;

/// <summary>
/// The same corpus as a Hugo site: content/aktuelt/*.md with the same front matter and bodies, the
/// same data/deadlines.yml and PDFs, the same base URL, and a small layout (Hugo/layouts beside this
/// tool) with the pages SiteGen's theme has for news: home, paginated list, items, deadlines, 404.
/// </summary>
public static class HugoLayout
{
    public static void Write(CorpusGenerator corpus, string root)
    {
        CorpusFiles.Write(root, "config.toml", Config());
        foreach (var item in corpus.Items())
            CorpusFiles.Write(root, $"content/aktuelt/{item.Slug}.md", CorpusGenerator.FrontMatter(item) + item.Body);
        CorpusFiles.Write(root, "content/aktuelt/_index.md", "---\ntitle: Aktuelt\n---\n");
        CorpusFiles.Write(root, "content/frister/_index.md", "---\ntitle: Frister\n---\n");
        var weight = 1;
        foreach (var (slug, title, body) in corpus.Pages())
        {
            var path = slug == "index" ? "content/_index.md" : $"content/{slug}.md";
            CorpusFiles.Write(root, path, $"---\ntitle: {title}\nweight: {weight++}\n---\n{body}");
        }
        CorpusFiles.Write(root, "data/deadlines.yml", corpus.DeadlinesYaml());
        foreach (var (name, _, bytes) in SiteGenLayout.PdfFiles(corpus))
            CorpusFiles.Write(root, $"static/files/{name}", bytes);
        var layouts = Path.Combine(AppContext.BaseDirectory, "Hugo", "layouts");
        foreach (var file in Directory.EnumerateFiles(layouts, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            CorpusFiles.Write(root, "layouts/" + Path.GetRelativePath(layouts, file).Replace('\\', '/'), File.ReadAllBytes(file));
    }

    private static string Config()
    {
        var toml = new StringBuilder()
            .Append($"baseURL = \"{CorpusGenerator.BaseUrl}\"\n")
            .Append("languageCode = \"nb\"\ndefaultContentLanguage = \"nb\"\n")
            .Append("title = \"Grenseløse muligheter\"\n")
            .Append("paginate = 10\npaginatePath = \"side\"\n")
            // Only the kinds of page SiteGen makes: no tag pages, RSS, sitemap or robots.txt.
            .Append("disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\"]\n")
            .Append("[taxonomies]\n")
            .Append("[markup.tableOfContents]\nstartLevel = 2\nendLevel = 3\n")
            .Append("[params]\nsubtitle = \"Samarbeid gjennom biblioteksystem\"\n")
            .Append("description = \"Et generert nettsted med samme slags innhold som det ekte, til å måle byggetid.\"\n")
            .Append("owner = \"Troms og Finnmark fylkesbibliotek\"\n")
            .Append($"today = \"{CorpusGenerator.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"\n")
            .Append("[params.audiences]\n");
        foreach (var (id, label) in CorpusGenerator.Audiences)
            toml.Append($"{id} = \"{label}\"\n");
        var weight = 1;
        foreach (var (title, url) in SiteGenLayout.Menu)
            toml.Append($"[[menu.main]]\nname = \"{title}\"\nurl = \"{url}\"\nweight = {weight++}\n");
        return toml.ToString();
    }
}
