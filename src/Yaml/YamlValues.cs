using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Yaml;

public static class YamlValues
{
    public static bool IsNull(YamlNode? node) =>
        node is null || node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>What a node is, to finish "found …" in a message.</summary>
    public static LocalizedText Describe(YamlNode? node) => node switch
    {
        null => new("nothing", "ingenting"),
        YamlScalarNode s when IsNull(s) => new("an empty value", "en tom verdi"),
        YamlScalarNode s => new($"'{s.Value}'", $"«{s.Value}»"),
        YamlSequenceNode => new("a list", "en liste"),
        YamlMappingNode => new("a set of 'key: value' lines", "flere linjer med «felt: verdi»"),
        _ => new("an alias", "en YAML-henvisning (*navn)"),
    };

    /// <summary>Plain YAML 1.2 core-schema values, so templates can compare numbers and booleans.</summary>
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode s when IsNull(s) => null,
        YamlScalarNode { Style: ScalarStyle.Plain } s => PlainScalar(s.Value!),
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(ToPlain).ToImmutableArray(),
        YamlMappingNode map => map.Children
            .Where(c => c.Key is YamlScalarNode)
            .GroupBy(c => ((YamlScalarNode)c.Key).Value ?? "", StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => ToPlain(g.First().Value), StringComparer.Ordinal),
        _ => null,
    };

    private static object PlainScalar(string text)
    {
        if (text is "true" or "True" or "TRUE")
            return true;
        if (text is "false" or "False" or "FALSE")
            return false;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            return l;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && text.Any(char.IsDigit))
            return d;
        return text;
    }
}
