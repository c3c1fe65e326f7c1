using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Scriban;
using Scriban.Runtime;

namespace SiteGen.Bench;

/// <summary>
/// The floor: only the work any generator must do for the news items, with nothing else. Read each
/// file, take the title from the front matter line, Markdig (the same extensions as SiteGen) and one
/// Scriban template per item, write the page. Both cores, like SiteGen. No YAML library, no model,
/// no lists, calendar or checks: what SiteGen adds on top of this is its own cost.
/// </summary>
public static class Floor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseTaskLists()
        .UseFootnotes()
        .UseAutoLinks()
        .UseGenericAttributes()
        .Build();

    private const string PageTemplate = """
        <!DOCTYPE html>
        <html lang="nb">
        <head>
        <meta charset="utf-8">
        <title>{{ title | html.escape }} – Grenseløse muligheter</title>
        </head>
        <body>
        <main>
        <article class="wrap">
        <h1>{{ title | html.escape }}</h1>
        <div class="prose">
        {{ content }}
        </div>
        </article>
        </main>
        </body>
        </html>
        """;

    /// <returns>The number of pages written.</returns>
    public static int Run(string input, string output)
    {
        var template = Template.Parse(PageTemplate);
        var files = Directory.GetFiles(Path.Combine(input, "news"), "*.md");
        Array.Sort(files, StringComparer.Ordinal);
        if (Directory.Exists(output))
            Directory.Delete(output, recursive: true);
        Parallel.For(0, files.Length, i =>
        {
            var text = File.ReadAllText(files[i], Encoding.UTF8);
            var bodyStart = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            var title = TitleOf(text.AsSpan(0, bodyStart));
            var html = Markdown.ToHtml(text[(bodyStart + 5)..], Pipeline);
            var globals = new ScriptObject { ["title"] = title, ["content"] = html };
            var context = new TemplateContext { NewLine = "\n", LoopLimit = 0, LimitToString = 0 };
            context.PushCulture(CultureInfo.InvariantCulture);
            context.PushGlobal(globals);
            var page = template.Render(context);
            var dir = Path.Combine(output, "aktuelt", Path.GetFileNameWithoutExtension(files[i]));
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, "index.html"), Encoding.UTF8.GetBytes(page));
        });
        return files.Length;
    }

    private static string TitleOf(ReadOnlySpan<char> frontMatter)
    {
        foreach (var line in frontMatter.EnumerateLines())
        {
            if (line.StartsWith("title: "))
                return line[7..].Trim().Trim('"').ToString();
        }
        return "";
    }
}
