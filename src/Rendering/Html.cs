using System.Text;

namespace SiteGen.Rendering;

/// <summary>
/// Escapes text for HTML content and quoted attributes. Only the five significant characters are
/// replaced: Norwegian letters stay readable in the source instead of becoming numeric entities.
/// </summary>
public static class Html
{
    public static string Escape(string text)
    {
        var firstSpecial = text.AsSpan().IndexOfAny("&<>\"'");
        if (firstSpecial < 0)
            return text;
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, firstSpecial);
        for (var i = firstSpecial; i < text.Length; i++)
        {
            builder.Append(text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                var c => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
