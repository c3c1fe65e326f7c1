using SiteGen.I18n;

namespace SiteGen.Calendar;

/// <summary>
/// What the calendar files say besides the deadlines' own data, from theme/i18n (calendar_feed.*) in
/// the site's language: the feeds' names and descriptions, and around each event's title and address.
/// </summary>
public sealed record CalendarTexts(string Name, string NameAudience, string Description, string DescriptionAudience,
    string Cancelled, string ReadMore, string Reminder)
{
    /// <summary>
    /// Only the deadline's own data: what <see cref="EventVersion"/> hashes, so new wording in the theme is
    /// not a new version of every event (the history it replays holds no theme).
    /// </summary>
    public static readonly CalendarTexts Neutral = new("{0}", "{0}", "{0}", "{0}", "{0}", "{0}", "{0}");

    /// <summary>The keys, so that the pages can report one missing from the site language's file.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "calendar_feed.name", "calendar_feed.name_audience", "calendar_feed.description", "calendar_feed.description_audience",
        "calendar_feed.cancelled", "calendar_feed.read_more", "calendar_feed.reminder",
    ];

    public static CalendarTexts Of(CalendarData data)
    {
        string T(string key) => data.Strings.Text(data.Config.Language, key);
        return new(T(Keys[0]), T(Keys[1]), T(Keys[2]), T(Keys[3]), T(Keys[4]), T(Keys[5]), T(Keys[6]));
    }

    /// <summary>The text with {0}, {1} … filled in.</summary>
    public static string Fill(string text, params string[] values)
    {
        for (var i = 0; i < values.Length; i++)
            text = text.Replace("{" + i + "}", values[i], StringComparison.Ordinal);
        return text;
    }
}
