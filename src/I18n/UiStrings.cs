using System.Collections.Immutable;

namespace SiteGen.I18n;

/// <summary>
/// The theme's texts (headings, labels, link texts) in each language, from theme/i18n/&lt;lang&gt;.yml,
/// by dotted key ("news.title"). A text missing in a language falls back to <see cref="Languages.Fallback"/>.
/// </summary>
public sealed class UiStrings(ImmutableSortedDictionary<string, UiStringFile> files)
{
    public static readonly UiStrings Empty = new(ImmutableSortedDictionary.Create<string, UiStringFile>(StringComparer.Ordinal));

    /// <summary>The languages that have a file of their own.</summary>
    public IEnumerable<string> Languages => files.Keys;

    public bool Has(string language) => files.ContainsKey(language);

    /// <summary>Every file's texts, by language: what a page's look depends on besides its data.</summary>
    public ImmutableSortedDictionary<string, UiStringFile> Files => files;

    /// <summary>Where a language's texts are read from, for messages: "theme/i18n/en.yml".</summary>
    public string PathOf(string language) => files.TryGetValue(language, out var file) ? file.DisplayPath : $"theme/i18n/{language}.yml";

    /// <summary>
    /// The text in the language, else in the fallback language, else the key itself: for files written
    /// without a page (feeds, calendars), whose missing texts the pages report (see TranslateFunction).
    /// </summary>
    public string Text(string language, string key) => Find(language, key, out _) ?? key;

    /// <summary>The text in the language, else in the fallback language (<paramref name="fellBack"/> true), else null.</summary>
    public string? Find(string language, string key, out bool fellBack)
    {
        fellBack = false;
        if (files.TryGetValue(language, out var own) && own.Texts.TryGetValue(key, out var text))
            return text;
        fellBack = language != I18n.Languages.Fallback;
        return files.TryGetValue(I18n.Languages.Fallback, out var fallback) && fallback.Texts.TryGetValue(key, out var other) ? other : null;
    }
}
