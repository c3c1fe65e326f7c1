using System.Globalization;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// The build's "now": --now, else SOURCE_DATE_EPOCH (the reproducible-builds convention), else the
/// system clock. The only place SiteGen reads the real time.
/// </summary>
public static class Clock
{
    public static DateTimeOffset? Parse(string text)
    {
        return ParseAnyYear(text) is { } value && IsSupported(value) ? value : null;
    }

    public static bool IsSupported(DateTimeOffset value) => Time.DateTextParser.InRange(value.UtcDateTime.Year);

    /// <summary>The date in any year .NET can hold (so a message can tell "not a date" from "out of range").</summary>
    public static DateTimeOffset? ParseAnyYear(string text)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mmZ"];
        return DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
    }

    /// <summary>Why SOURCE_DATE_EPOCH cannot be used, or null when it is unset or fine.</summary>
    /// <remarks>The reproducible-builds spec asks a tool to fail on a malformed value rather than quietly use the clock.</remarks>
    public static LocalizedText? EpochProblem()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(epoch) || Epoch(epoch) is not null)
            return null;
        return new($"SOURCE_DATE_EPOCH='{epoch}' is not a time SiteGen can build for: it must be whole seconds since 1970 (as 'date +%s' prints) within the years {Time.DateTextParser.MinYear}–{Time.DateTextParser.MaxYear}",
            $"SOURCE_DATE_EPOCH=«{epoch}» kan ikke brukes: verdien må være hele sekunder siden 1970 (slik «date +%s» skriver dem), innenfor årene {Time.DateTextParser.MinYear}–{Time.DateTextParser.MaxYear} – rett eller fjern variabelen");
    }

    private static readonly long MinEpoch = new DateTimeOffset(Time.DateTextParser.MinYear, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
    private static readonly long MaxEpoch = new DateTimeOffset(Time.DateTextParser.MaxYear, 12, 31, 23, 59, 59, TimeSpan.Zero).ToUnixTimeSeconds();

    private static DateTimeOffset? Epoch(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) && seconds >= MinEpoch && seconds <= MaxEpoch
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static DateTimeOffset Now(DateTimeOffset? fromOption)
    {
        if (fromOption is { } now)
            return now;
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (!string.IsNullOrEmpty(epoch) && Epoch(epoch) is { } fromEpoch)
            return fromEpoch;
        return DateTimeOffset.UtcNow;
    }
}
