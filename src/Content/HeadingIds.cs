using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Urls;

namespace SiteGen.Content;

/// <summary>
/// Gives every heading an id made the same way as URL slugs ("## Mål" → "mal", "Særegne forhold" →
/// "saeregne-forhold"), so an editor who knows one knows the other. An id written with
/// <c>{#id}</c> is kept; repeats get "-2", "-3".
/// </summary>
public static class HeadingIds
{
    public static void Assign(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { Length: > 0 } explicitId)
            {
                used.Add(explicitId);
                continue;
            }
            var baseId = Slugs.FromTitle(Text(heading.Inline));
            if (baseId.Length == 0)
                baseId = "seksjon";
            var id = baseId;
            for (var n = 2; !used.Add(id); n++)
                id = $"{baseId}-{n}";
            attributes.Id = id;
        }
    }

    private static string Text(ContainerInline? inline) => inline is null ? "" : string.Concat(inline.Descendants().Select(i => i switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        _ => "",
    }));
}
