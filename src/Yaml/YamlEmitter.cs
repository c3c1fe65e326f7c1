using System.Globalization;
using System.Text;

namespace SiteGen.Yaml;

/// <summary>
/// A small YAML writer for the CMS configuration: maps keep the order they are built in, and every
/// string is double-quoted (JSON-style escapes), so the same schema always gives the same bytes and
/// no value can turn into another type ("no", "2022-12-02") on the way to the CMS.
/// </summary>
public sealed class YamlMapping : List<KeyValuePair<string, object>>
{
    public void Add(string key, object? value)
    {
        if (value is not null)
            Add(KeyValuePair.Create(key, value));
    }
}

public static class YamlEmitter
{
    public static string Write(YamlMapping root, string header)
    {
        var text = new StringBuilder(header);
        WriteMapping(text, root, 0);
        return text.ToString();
    }

    private static void WriteMapping(StringBuilder text, YamlMapping map, int indent)
    {
        foreach (var (key, value) in map)
        {
            text.Append(' ', indent).Append(key).Append(':');
            WriteValue(text, value, indent);
        }
    }

    /// <summary>Writes a value after "key:" or "-": scalars on the same line, maps and lists below it.</summary>
    private static void WriteValue(StringBuilder text, object value, int indent)
    {
        switch (value)
        {
            case YamlMapping { Count: 0 }:
                text.Append(" {}\n");
                break;
            case YamlMapping map:
                text.Append('\n');
                WriteMapping(text, map, indent + 2);
                break;
            case IEnumerable<object> list:
                var items = list.ToList();
                if (items.Count == 0)
                {
                    text.Append(" []\n");
                    break;
                }
                text.Append('\n');
                foreach (var item in items)
                {
                    text.Append(' ', indent + 2).Append('-');
                    if (item is YamlMapping { Count: > 0 } entry)
                    {
                        // "- key: value" with the rest of the map aligned under the first key
                        var first = true;
                        foreach (var (key, inner) in entry)
                        {
                            if (!first)
                                text.Append(' ', indent + 4);
                            else
                                text.Append(' ');
                            first = false;
                            text.Append(key).Append(':');
                            WriteValue(text, inner, indent + 4);
                        }
                    }
                    else
                        WriteValue(text, item, indent + 2);
                }
                break;
            default:
                text.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static string Scalar(object value) => value switch
    {
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => Quote(s),
        _ => throw new ArgumentException($"no YAML form for {value.GetType()}"),
    };

    public static string Quote(string s)
    {
        var text = new StringBuilder("\"");
        foreach (var c in s)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
