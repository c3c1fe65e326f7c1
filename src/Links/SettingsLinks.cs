using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Sources;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Links;

/// <summary>
/// Links written in site.yml: menu entries, 'accessibility_statement', and any value a template shows as
/// a link. A broken one is the same on every page, so it is reported once, at its line in site.yml,
/// instead of at the first generated page that shows it ("output/404.html").
/// </summary>
public sealed class SettingsLinks
{
    private readonly ILookup<string, Setting> byHref;

    /// <param name="Key">The key the value stands under ("url", "accessibility_statement").</param>
    /// <param name="Title">The 'title' beside it, for a menu entry.</param>
    private sealed record Setting(string Value, string Key, string? Title, SourceLocation Location);

    private SettingsLinks(IEnumerable<(string Href, Setting Setting)> settings) =>
        byHref = settings.ToLookup(s => Key(s.Href), s => s.Setting, StringComparer.Ordinal);

    public static SettingsLinks None { get; } = new([]);

    /// <summary>Every text value of site.yml, by the hrefs a page would have for it (as written, and under the base path).</summary>
    public static SettingsLinks Read(SourceFile? siteYml, SiteConfig config)
    {
        if (siteYml is null || TextDecoder.Decode(siteYml, new DiagnosticBag()) is not { } text)
            return None;
        var source = new YamlSource(siteYml.DisplayPath, 1);
        var root = source.Parse(text, new DiagnosticBag()); // its errors were reported when the settings were read
        var settings = new List<(string, Setting)>();
        Collect(root, null, null, false, source, settings);
        return new SettingsLinks(settings.SelectMany(s => Hrefs(s.Item1, config).Select(h => (h, s.Item2))));
    }

    /// <summary>
    /// Reports the findings whose href is a value from site.yml, once per value; returns the others. A
    /// broken href also written in Markdown is left to be reported there too: both places need the fix.
    /// </summary>
    public List<LinkFinding> Report(IEnumerable<LinkFinding> findings, IEnumerable<SourceLink> markdownLinks, DiagnosticBag diagnostics)
    {
        var inMarkdown = markdownLinks.Select(l => Key(l.Href ?? l.Url)).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<SourceLocation>();
        var rest = new List<LinkFinding>();
        foreach (var finding in findings)
        {
            var key = Key(finding.Reference.Value);
            foreach (var setting in byHref[key].Where(s => reported.Add(s.Location)))
            {
                var (en, nb) = setting.Title is { } title
                    ? ($"the menu entry '{title}' links to '{setting.Value}', which", $"menypunktet «{title}» lenker til «{setting.Value}», som")
                    : ($"'{setting.Key}' links to '{setting.Value}', which", $"«{setting.Key}» lenker til «{setting.Value}», som");
                diagnostics.Error(finding.Code, new LocalizedText(en + " ", nb + " ") + finding.Reason, setting.Location);
            }
            if (!byHref[key].Any() || inMarkdown.Contains(key))
                rest.Add(finding);
        }
        return rest;
    }

    /// <param name="inList">True for an entry of a list, where a 'title' names the entry (a menu's).</param>
    private static void Collect(YamlNode? node, string? key, string? title, bool inList, YamlSource source, List<(string, Setting)> into)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } value } when key is not null:
                into.Add((value, new Setting(value, key, title, source.At(node))));
                break;
            case YamlMappingNode map:
                var ownTitle = !inList ? null : map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "title" }).Value is YamlScalarNode { Value: { } t } ? t : null;
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: { } name })
                        Collect(v, name, name == "title" ? null : ownTitle, false, source, into);
                }
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                    Collect(item, key, null, true, source, into);
                break;
        }
    }

    /// <summary>A site path ("/om/") is written under the base path; anything else as it stands.</summary>
    private static IEnumerable<string> Hrefs(string value, SiteConfig config)
    {
        yield return value;
        if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
            yield return config.Url(value);
    }

    /// <summary>As <see cref="LinkReport"/> compares hrefs: trimmed and unescaped, since AngleSharp decodes entities.</summary>
    private static string Key(string href) => Uri.UnescapeDataString(href.Trim());
}
