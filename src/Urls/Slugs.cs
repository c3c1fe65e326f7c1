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

    /// <summary>
    /// The longest slug or id: each becomes a folder or file name on disk (at most 255 bytes on Linux),
    /// a deadline's id with ".ics" after it. Longer is refused where it is written, not when output/ is.
    /// </summary>
    public const int MaxLength = 250;

    /// <summary>Null when <paramref name="slug"/> is short enough; else the error, naming the field as <paramref name="field"/> ("'slug'", "«slug»").</summary>
    public static Diagnostics.LocalizedText? TooLong(string slug, Diagnostics.LocalizedText field) => slug.Length <= MaxLength ? null : new(
        $"{field.En} has {slug.Length} characters, and a name in an address can have at most {MaxLength} (it becomes a file name on disk); shorten it, e.g. to '{Shortened(slug)}'",
        $"{field.Nb} har {slug.Length} tegn, men et navn i en adresse kan ha høyst {MaxLength} tegn (det blir et filnavn) – forkort det, for eksempel til «{Shortened(slug)}»");

    /// <summary>The first words of a long slug, cut at a hyphen, as a suggestion.</summary>
    private static string Shortened(string slug)
    {
        var cut = slug[..Math.Min(slug.Length, 60)];
        var hyphen = cut.LastIndexOf('-');
        return hyphen > 10 ? cut[..hyphen] : cut.TrimEnd('-');
    }

    public static string FromTitle(string title)
    {
        var text = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            var spelled = c switch
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
                _ => null,
            };
            if (spelled is null)
                text.Append(c);
            else
                text.Append(spelled);
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
