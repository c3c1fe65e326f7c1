using System.Text;

namespace SiteGen.Authoring;

/// <summary>Text written into new YAML files, quoted so that any title (with ':' or '#' or quotes) stays one string.</summary>
public static class YamlText
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' or '\r' => " ",
                < ' ' => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
