using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Markdown to HTML with one shared, immutable Markdig pipeline. Root-relative links ("/aktuelt/")
/// are rewritten under the site's base path, and every link keeps its source position so the link
/// checker can point at the line an editor wrote.
/// </summary>
public sealed class MarkdownRenderer(string basePath)
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

    public MarkdownResult Render(string markdown, string path, int firstLine)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var headings = ImmutableArray.CreateBuilder<TocEntry>();
        var links = ImmutableArray.CreateBuilder<SourceLink>();

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    headings.Add(new TocEntry(heading.Level, id, PlainText(heading.Inline)));
                    break;
                case LinkInline link when link.Url is not null:
                    links.Add(new SourceLink(link.Url, link.IsImage, link.FirstChild is not null,
                        new SourceLocation(path, firstLine + link.Line, link.Column + 1)));
                    link.Url = RewriteUrl(link.Url);
                    break;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new LinkedHeadingRenderer());
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new ImageRenderer());
        renderer.Render(document);
        return new MarkdownResult(writer.ToString(), headings.ToImmutable(), links.ToImmutable());
    }

    /// <summary>Root-relative URLs point into the site, which may live under a sub-path.</summary>
    public string RewriteUrl(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? basePath + url[1..] : url;

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
            return "";
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            if (child is LiteralInline literal)
                text.Append(literal.Content.AsSpan());
            else if (child is CodeInline code)
                text.Append(code.Content);
        }
        return text.ToString();
    }
}
