using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Urls;

/// <summary>URL slugs from Norwegian titles and file names: æ→ae, ø→o, å→a, lower-case ASCII and hyphens.</summary>
public static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidPattern();

    public static bool IsValid(string slug) => ValidPattern().IsMatch(slug);

    public static string FromTitle(string title)
    {
        var text = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            text.Append(c switch
            {
                'æ' => "ae",
                'ø' => "o",
                'å' => "a",
                'ä' => "a",
                'ö' => "o",
                'ü' => "u",
                'đ' => "d",
                'ŋ' => "n",
                'š' => "s",
                'ŧ' => "t",
                'ž' => "z",
                'č' => "c",
                _ => c.ToString(),
            });
        }
        var decomposed = text.ToString().Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
