using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Yaml;

/// <summary>
/// Checks each YAML event before YamlDotNet builds nodes from it, so no input can nest deep enough
/// to overflow the stack, expand aliases into millions of values ("billion laughs"), refer to
/// itself (a cycle every reader would follow forever), or use tags and %TAG directives, which
/// SiteGen's files never need and YamlDotNet rejects with exceptions of its own.
/// </summary>
/// <remarks>
/// The limits are far above any real file (the project's deadlines.yml has about 200 values and
/// depth 3) and far below what hurts: 64 levels is well inside the stack of every recursive reader
/// down the line, and 250,000 values with aliases expanded keep a file's plain values under ~50 MB.
/// </remarks>
internal sealed class YamlLimits(IParser inner) : IParser
{
    public const int MaxDepth = 64;
    public const int MaxNodes = 250_000;

    private readonly Dictionary<string, long> anchorSizes = new(StringComparer.Ordinal);
    private readonly HashSet<string> openAnchors = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long StartCount)> open = new();
    private long count;

    /// <summary>Where the last event that parsed well ended, for errors YamlDotNet gives without a position.</summary>
    public Mark LastGoodMark { get; private set; } = new(0, 1, 1);

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is { } current)
            LastGoodMark = current.End;
        bool more;
        try
        {
            more = inner.MoveNext();
        }
        catch (ArgumentException)
        {
            // YamlDotNet throws this for a tag or %TAG prefix that is not a URI ("Global tags must be valid URIs").
            throw Refused(LastGoodMark, inner.Current is StreamStart or DocumentEnd ? TagDirectiveMessage : TagMessage);
        }
        if (more && inner.Current is { } next)
            Check(next);
        return more;
    }

    private void Check(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart start when start.Tags?.Any(t => !IsDefault(t)) == true:
                throw Refused(e.Start, TagDirectiveMessage);
            case NodeEvent { Tag.IsEmpty: false }:
                throw Refused(e.Start, TagMessage);
            case AnchorAlias alias:
                Alias(alias);
                return;
        }
        if (e is NodeEvent { } n)
        {
            Count(e, 1);
            if (e is SequenceStart or MappingStart)
            {
                var anchor = n.Anchor.IsEmpty ? null : n.Anchor.Value;
                if (open.Count >= MaxDepth)
                    throw Refused(e.Start, new($"the values are nested more than {MaxDepth} levels deep; write them flatter",
                        $"verdiene ligger mer enn {MaxDepth} nivåer inne i hverandre – skriv dem enklere, med færre lister i lister"));
                open.Push((anchor, count));
                if (anchor is not null)
                    openAnchors.Add(anchor);
            }
            else if (!n.Anchor.IsEmpty)
                anchorSizes[n.Anchor.Value] = 1;
        }
        else if (e is SequenceEnd or MappingEnd && open.Count > 0)
        {
            var (anchor, start) = open.Pop();
            if (anchor is not null)
            {
                openAnchors.Remove(anchor);
                anchorSizes[anchor] = count - start + 1;
            }
        }
    }

    /// <summary>YamlDotNet lists the two default handles of every document among its directives; only ones written count.</summary>
    private static bool IsDefault(YamlDotNet.Core.Tokens.TagDirective tag) =>
        (tag.Handle, tag.Prefix) is ("!", "!") or ("!!", "tag:yaml.org,2002:");

    private void Alias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (openAnchors.Contains(name))
            throw Refused(alias.Start, new($"'*{name}' refers to the list or set it stands in, which would never end; write the values out",
                $"«*{name}» viser til den listen eller verdien den selv står inne i, så den ville aldri ta slutt – skriv verdiene ut i stedet"));
        Count(alias, anchorSizes.TryGetValue(name, out var size) ? size : 1);
    }

    private void Count(ParsingEvent e, long nodes)
    {
        count += nodes;
        if (count > MaxNodes)
            throw Refused(e.Start, new($"the file holds more than {MaxNodes:N0} values (aliases counted as often as they are used); split it or write fewer '*' references",
                $"filen har mer enn {MaxNodes} verdier (henvisninger med «*» telles hver gang de brukes) – del filen opp, eller bruk færre henvisninger"));
    }

    private static readonly LocalizedText TagDirectiveMessage = new("%TAG directives are not supported; delete the line that starts with %TAG",
        "linjer som begynner med «%TAG» brukes ikke i SiteGen – slett linjen");

    private static readonly LocalizedText TagMessage = new(
        "YAML tags (a value starting with '!') are not supported; put quotes around the value, e.g. title: \"!Viktig\"",
        "en verdi som begynner med «!», leses som en YAML-type, og det brukes ikke i SiteGen – sett anførselstegn rundt verdien, for eksempel title: \"!Viktig\"");

    private static YamlRefusedException Refused(Mark at, LocalizedText message) => new(at, message);
}

/// <summary>A YAML feature or size SiteGen refuses, with the position and the message to print.</summary>
internal sealed class YamlRefusedException(Mark at, LocalizedText text) : Exception(text.En)
{
    public Mark At { get; } = at;
    public LocalizedText Text { get; } = text;
}
