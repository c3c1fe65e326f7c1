using System.Globalization;

namespace SiteGen.Cli;

/// <summary>
/// The build's "now": --now, else SOURCE_DATE_EPOCH (the reproducible-builds convention), else the
/// system clock. The only place SiteGen reads the real time.
/// </summary>
public static class Clock
{
    public static DateTimeOffset? Parse(string text)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mmZ"];
        return DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
    }

    public static DateTimeOffset Now(DateTimeOffset? fromOption)
    {
        if (fromOption is { } now)
            return now;
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        return DateTimeOffset.UtcNow;
    }
}
