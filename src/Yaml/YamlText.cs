using System.Text;

namespace SiteGen.Yaml;

/// <summary>Text written into new YAML files, quoted so that any title (with ':' or '#' or quotes) stays one string.</summary>
public static class YamlText
{
    /// <remarks>
    /// Characters the build would replace with a warning (controls, NEL, U+FFFE…) become spaces here,
    /// and the line separators YAML reads as line breaks (LS, PS) and a stray BOM are escaped, so
    /// whatever title 'new' is given, the file it writes builds without a warning.
    /// </remarks>
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in Sources.ForbiddenCharacters.Replace(text))
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' or '\r' => " ",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                '\uFEFF' => "\\uFEFF",
                < ' ' => " ",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
