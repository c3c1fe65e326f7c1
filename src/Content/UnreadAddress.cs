using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Site;
using SiteGen.Sources;
using SiteGen.Urls;

namespace SiteGen.Content;

/// <summary>
/// The addresses a news item or page that could not be read would most likely have had, read from its
/// raw lines ('slug:', 'lang:', 'translation_of: /') since its YAML cannot be parsed. Links to them are
/// then the unread file's follow-on, not errors of the files that link. A guess too many costs nothing:
/// it only quiets a broken link to an address no other file has.
/// </summary>
public static partial class UnreadAddress
{
    [GeneratedRegex(@"^(slug|lang|translation_of)\s*:\s*[""']?([^""'#\s]+)", RegexOptions.Multiline)]
    private static partial Regex Field();

    public static IEnumerable<string> Guess(SourceFile file, bool isNews, string siteLanguage)
    {
        var text = Encoding.UTF8.GetString(file.Bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        var fields = Field().Matches(text).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.First().Groups[2].Value, StringComparer.Ordinal);
        var slugs = new[] { fields.GetValueOrDefault("slug"), ArticleParser.SlugFromFileName(file.RelativePath) }
            .OfType<string>().Where(Slugs.IsValid).Distinct(StringComparer.Ordinal).ToList();
        if (isNews)
            return slugs.Select(SitePaths.News);
        var prefix = fields.GetValueOrDefault("lang") is { } lang && lang != siteLanguage ? $"/{lang}/" : "/";
        var paths = slugs.Select(s => prefix == "/" ? SitePaths.Page(s) : $"{prefix}{s}/").ToList();
        if (prefix != "/" && fields.GetValueOrDefault("translation_of") == "/")
            paths.Add(prefix);
        return paths;
    }
}
