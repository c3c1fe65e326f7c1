using System.Collections;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>
/// A short hash of what an editor wrote for one deadline, independent of key order, quoting and
/// where the record stands in the file. Equal fingerprints mean "unchanged" to calendar subscribers.
/// </summary>
public static class DeadlineFingerprint
{
    public static string Of(YamlMappingNode record)
    {
        var canonical = new StringBuilder();
        Append(canonical, YamlValues.ToPlain(record));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToHexStringLower(hash)[..16];
    }

    /// <summary>The id a record declares, if it is a mapping with a plain 'id'.</summary>
    public static string? IdOf(YamlNode node) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode s ? s.Value?.Trim() : null;

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('~');
                break;
            case string s:
                text.Append('"').Append(s.Trim().Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                break;
            case IDictionary map:
                text.Append('{');
                foreach (var key in map.Keys.Cast<string>().Order(StringComparer.Ordinal))
                {
                    text.Append(key).Append(':');
                    Append(text, map[key]);
                    text.Append(',');
                }
                text.Append('}');
                break;
            case IEnumerable list:
                text.Append('[');
                foreach (var item in list)
                {
                    Append(text, item);
                    text.Append(',');
                }
                text.Append(']');
                break;
            default:
                text.Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
