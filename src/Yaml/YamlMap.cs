using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Yaml;

/// <summary>
/// Typed, positioned access to a YAML mapping. Each getter reports a wrong type or a missing key
/// as a diagnostic at the key's or value's position and returns null, so callers read every field
/// and one run reports every mistake.
/// </summary>
public sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries = new(StringComparer.Ordinal);

    private YamlMap(YamlSource source, YamlMappingNode node, DiagnosticBag diagnostics)
    {
        Source = source;
        Node = node;
        Diagnostics = diagnostics;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode scalarKey || scalarKey.Value is null)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, en: "keys must be plain words",
                    nb: "et feltnavn må være et vanlig ord foran kolonet, som «title:»", source.At(key));
                continue;
            }
            if (!entries.TryAdd(scalarKey.Value, (scalarKey, value)))
                diagnostics.Error(DiagnosticCodes.YamlSyntax, en: $"duplicate key '{scalarKey.Value}'",
                    nb: $"feltet «{scalarKey.Value}» står to ganger – slett det ene", source.At(key));
        }
    }

    public YamlSource Source { get; }
    public YamlMappingNode Node { get; }
    public DiagnosticBag Diagnostics { get; }
    public SourceLocation Location => Source.At(Node);
    public IEnumerable<string> Keys => entries.Keys;

    /// <summary>Wraps a node that must be a mapping; reports what it is otherwise. <paramref name="what"/> begins the message ("the front matter").</summary>
    public static YamlMap? From(YamlSource source, YamlNode? node, DiagnosticBag diagnostics, LocalizedText what)
    {
        if (node is YamlMappingNode mapping)
            return new YamlMap(source, mapping, diagnostics);
        var location = node is null ? new SourceLocation(source.Path, 1, 1) : source.At(node);
        var found = YamlValues.Describe(node);
        diagnostics.Error(DiagnosticCodes.WrongType,
            en: $"{what.En} must be a set of 'key: value' lines, found {found.En}",
            nb: $"{what.Nb} må være linjer med «felt: verdi», men her står det {found.Nb}", location);
        return null;
    }

    public bool Has(string key) => entries.ContainsKey(key) && !YamlValues.IsNull(entries[key].Value);

    public YamlNode? ValueNode(string key) => entries.TryGetValue(key, out var e) ? e.Value : null;

    public SourceLocation LocationOf(string key) =>
        entries.TryGetValue(key, out var e) ? Source.At(e.Value) : Location;

    public SourceLocation KeyLocation(string key) =>
        entries.TryGetValue(key, out var e) ? Source.At(e.Key) : Location;

    public string? String(string key, bool required = false, bool allowEmpty = false)
    {
        if (!entries.TryGetValue(key, out var e) || YamlValues.IsNull(e.Value))
        {
            if (required)
                Diagnostics.Error(DiagnosticCodes.MissingKey, en: $"'{key}' is required",
                    nb: $"feltet «{key}» må fylles ut – skriv en linje med «{key}:» og verdien etter kolonet", entries.ContainsKey(key) ? Source.At(e.Key) : Location);
            return null;
        }
        if (e.Value is not YamlScalarNode scalar)
        {
            var found = YamlValues.Describe(e.Value);
            Diagnostics.Error(DiagnosticCodes.WrongType, en: $"'{key}' must be text, found {found.En}",
                nb: $"feltet «{key}» skal være tekst, men her står det {found.Nb} – skriv teksten på samme linje som «{key}:»", Source.At(e.Value));
            return null;
        }
        var text = scalar.Value ?? "";
        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            Diagnostics.Error(DiagnosticCodes.WrongType, en: $"'{key}' must not be empty",
                nb: $"feltet «{key}» er tomt – skriv verdien etter «{key}:»", Source.At(e.Value));
            return null;
        }
        return text;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null)
            return null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "ja": return true;
            case "false" or "no" or "nei": return false;
            default:
                Diagnostics.Error(DiagnosticCodes.WrongType, en: $"'{key}' must be true or false, found '{text}'",
                    nb: $"feltet «{key}» skal være true (ja) eller false (nei), men er «{text}»", LocationOf(key));
                return null;
        }
    }

    public int? Int(string key)
    {
        var text = String(key);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        Diagnostics.Error(DiagnosticCodes.WrongType, en: $"'{key}' must be a whole number, found '{text}'",
            nb: $"feltet «{key}» skal være et helt tall, men er «{text}» – skriv for eksempel «{key}: 3»", LocationOf(key));
        return null;
    }

    /// <summary>A list of words; a single word is accepted as a list of one, as editors often write it.</summary>
    public ImmutableArray<(string Value, SourceLocation Location)> Strings(string key)
    {
        if (!entries.TryGetValue(key, out var e) || YamlValues.IsNull(e.Value))
            return [];
        if (e.Value is YamlScalarNode single)
            return string.IsNullOrWhiteSpace(single.Value) ? [] : [(single.Value!.Trim(), Source.At(single))];
        if (e.Value is not YamlSequenceNode sequence)
        {
            var found = YamlValues.Describe(e.Value);
            Diagnostics.Error(DiagnosticCodes.WrongType, en: $"'{key}' must be a list, found {found.En}",
                nb: $"feltet «{key}» skal være en liste, men her står det {found.Nb} – skriv for eksempel «{key}: [første, andre]»", Source.At(e.Value));
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<(string, SourceLocation)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
                builder.Add((scalar.Value.Trim(), Source.At(item)));
            else
            {
                var found = YamlValues.Describe(item);
                Diagnostics.Error(DiagnosticCodes.WrongType, en: $"each item of '{key}' must be a word, found {found.En}",
                    nb: $"hvert element i «{key}» skal være et ord, men her står det {found.Nb}", Source.At(item));
            }
        }
        return builder.ToImmutable();
    }

    /// <summary>The whole mapping as plain values (string, bool, long, double, list, dictionary) for templates.</summary>
    public ImmutableSortedDictionary<string, object?> ToPlain() =>
        entries.ToImmutableSortedDictionary(e => e.Key, e => YamlValues.ToPlain(e.Value.Value), StringComparer.Ordinal);
}
