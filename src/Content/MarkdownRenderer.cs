using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Documents;

namespace SiteGen.Content;

/// <summary>
/// Markdown to HTML with one shared, immutable Markdig pipeline. Root-relative links ("/aktuelt/")
/// are rewritten under the site's base path, and every link keeps its source position so the link
/// checker can point at the line an editor wrote. Links to published files get the file's label
/// ("(PDF, 47 kB)") inside the link text and a type hint.
/// </summary>
public sealed class MarkdownRenderer(string basePath, DocumentIndex? documents = null)
{
    private readonly LinkResolver resolver = new(basePath, documents ?? DocumentIndex.Empty);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseTaskLists()
        .UseFootnotes()
        .UseAutoLinks()
        .UseGenericAttributes()
        // Without it Markdig gives every inline line 0, column 0, and a broken link would be reported
        // at the top of the body instead of where the editor wrote it.
        .UsePreciseSourceLocation()
        .Build();

    public static readonly MarkdownResult Empty = new("", [], []);

    /// <summary>The rendered body, or <see cref="Empty"/> plus an error when the text cannot be parsed safely.</summary>
    /// <param name="inputPath">The file relative to input/ ("pages/x.md"), for links relative to it; null resolves them from input/.</param>
    /// <param name="columnOffset">Columns before the text on its lines in the file (Markdown written as an indented YAML value).</param>
    /// <param name="diagnostics">Where a text too complex to render is reported; null reports nothing (old versions read from git).</param>
    public MarkdownResult Render(string markdown, string path, int firstLine, string? inputPath = null, int columnOffset = 0, DiagnosticBag? diagnostics = null)
    {
        if (MarkdownGuard.Check(markdown) is { } problem)
        {
            diagnostics?.Error(DiagnosticCodes.MarkdownTooComplex,
                en: $"{problem.Reason.En}; break it up or put it in a code block",
                nb: $"{problem.Reason.Nb} – del det opp, eller sett det i en kodeblokk (mellom to linjer med ```)",
                new SourceLocation(path, firstLine + problem.Line, 1));
            return Empty;
        }
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("deeply nested", StringComparison.Ordinal))
        {
            diagnostics?.Error(DiagnosticCodes.MarkdownTooComplex, en: "lists or quotes are nested too deeply to be a page; flatten them",
                nb: "lister eller sitater ligger for mange nivåer inni hverandre – bruk færre nivåer", new SourceLocation(path, firstLine, 1));
            return Empty;
        }
        var headings = ImmutableArray.CreateBuilder<TocEntry>();
        var links = ImmutableArray.CreateBuilder<SourceLink>();

        HeadingIds.Assign(document);
        // A list first: labelling a link adds inlines, which must not happen while walking the tree. Only of
        // the nodes looked at: a list of every node was a copy of the whole tree for every file.
        foreach (var node in document.Descendants().Where(n => n is HeadingBlock or LinkInline).ToList())
        {
            switch (node)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    headings.Add(new TocEntry(heading.Level, id, PlainText(heading.Inline))
                    { Location = new SourceLocation(path, firstLine + heading.Line, columnOffset + heading.Column + 1) });
                    break;
                case LinkInline link when link.Url is not null:
                    links.Add(RenderLink(link, new SourceLocation(path, firstLine + link.Line, columnOffset + link.Column + 1), inputPath, diagnostics));
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

    private SourceLink RenderLink(LinkInline link, SourceLocation location, string? inputPath, DiagnosticBag? diagnostics)
    {
        var text = PlainText(link);
        var resolved = resolver.Resolve(link.Url!, inputPath);
        var source = new SourceLink(link.Url!, link.IsImage, link.FirstChild is not null, location) { Href = resolved.Url, Document = resolved.Document };
        link.Url = resolved.Url;
        if (link.IsImage && text.Trim().Length == 0)
            diagnostics?.Warning(DiagnosticCodes.ImageWithoutAlt,
                en: $"the image '{source.Url}' has no alternative text for readers who cannot see it; describe it between the brackets: ![Kart over Troms og Finnmark]({source.Url})",
                nb: $"bildet «{source.Url}» mangler alternativ tekst for dem som ikke kan se det – beskriv bildet mellom klammene: ![Kart over Troms og Finnmark]({source.Url})",
                location);
        if (!link.IsImage && resolved.Document is { } file)
        {
            if (HasHandWrittenLabel(text, link.NextSibling as LiteralInline, file))
                diagnostics?.Warning(DiagnosticCodes.HandWrittenLabel,
                    en: $"the link to '{file.FileName}' gets the label {file.Label} by itself; remove the one written by hand, which goes stale when the file changes",
                    nb: $"lenken til «{file.FileName}» får {file.Label} av seg selv – fjern det som er skrevet for hånd, for det blir feil når filen endres",
                    location);
            Label(link, file);
        }
        return source;
    }

    /// <summary>Text copied from the old site carries labels like "(PDF, 447 kB)" inside or right after the link.</summary>
    private static bool HasHandWrittenLabel(string linkText, LiteralInline? after, Documents.Document file)
    {
        var label = $@"\(\s*{Regex.Escape(file.Type.Label)}\s*,[^)]*\)";
        return Regex.IsMatch(linkText, label + @"\s*$", RegexOptions.IgnoreCase)
            || (after is not null && Regex.IsMatch(after.Content.ToString(), @"^\s*" + label, RegexOptions.IgnoreCase));
    }

    /// <summary>
    /// The label goes inside the link, so a screen reader listing links says what each one gives;
    /// 'type' tells the browser what it is, and 'download' asks to save files browsers cannot show.
    /// </summary>
    private static void Label(LinkInline link, Documents.Document file)
    {
        link.AppendChild(new LiteralInline((link.FirstChild is null ? "" : " ") + file.Label));
        var attributes = link.GetAttributes();
        attributes.AddPropertyIfNotExist("type", file.Type.MediaType);
        if (!file.Type.OpensInBrowser)
            attributes.AddPropertyIfNotExist("download", "");
    }

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
