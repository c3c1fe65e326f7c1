using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;
using SiteGen.Sources;

namespace SiteGen.I18n;

/// <summary>
/// Reads theme/i18n/*.yml. Nested keys become dotted keys, so
/// <c>news: { title: Aktuelt }</c> is the text "news.title". Each file is named after its language code.
/// </summary>
public static class UiStringsLoader
{
    public static UiStrings Load(ImmutableArray<SourceFile> files, DiagnosticBag diagnostics)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, UiStringFile>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.RelativePath.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var language = Path.GetFileNameWithoutExtension(file.RelativePath);
            if (!Languages.IsKnown(language))
            {
                diagnostics.Error(DiagnosticCodes.UnknownLanguage,
                    en: $"theme texts are in files named after a language code; '{language}' is not one ({Languages.KnownCodes})",
                    nb: $"filene med temaets tekster skal hete som en språkkode, og «{language}» er ingen språkkode (bruk {Languages.KnownCodes})",
                    SourceLocation.StartOf(file.DisplayPath));
                continue;
            }
            var text = TextDecoder.Decode(file, diagnostics);
            if (text is null)
                continue;
            var source = new YamlSource(file.DisplayPath, 1);
            var root = source.Parse(text, diagnostics);
            if (root is null)
                continue;
            var map = YamlMap.From(source, root, diagnostics, new("a theme text file", "en fil med temaets tekster"));
            if (map is null)
                continue;
            var texts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            Flatten(map, "", texts);
            result[language] = new UiStringFile(file.DisplayPath, texts.ToImmutable());
        }
        return new UiStrings(result.ToImmutable());
    }

    private static void Flatten(YamlMap map, string prefix, ImmutableSortedDictionary<string, string>.Builder texts)
    {
        foreach (var key in map.Keys)
        {
            var node = map.ValueNode(key);
            if (node is null || YamlValues.IsNull(node))
                continue; // "key:" with nothing after it: the text is missing, and falls back like one left out
            if (node is YamlMappingNode && YamlMap.From(map.Source, node, map.Diagnostics, new($"'{prefix}{key}'", $"«{prefix}{key}»")) is { } inner)
                Flatten(inner, $"{prefix}{key}.", texts);
            else if (map.String(key, allowEmpty: true) is { } text)
                texts[prefix + key] = text;
        }
    }
}
