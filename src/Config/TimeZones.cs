using NodaTime;

namespace SiteGen.Config;

/// <summary>
/// Checks time_zone against the IANA zone names. The system's zone folder also holds things that
/// are not zones — folders (Europe), the "Factory" placeholder, posixrules, localtime — which
/// TimeZoneInfo opens with exceptions or half-working results; the list of names that NodaTime
/// ships (the tz database itself, the same on every machine) says which names are real zones.
/// </summary>
public static class TimeZones
{
    private static readonly HashSet<string> Names =
        new(DateTimeZoneProviders.Tzdb.Ids.Where(id => id != "Factory"), StringComparer.Ordinal);

    /// <summary>The zone, or null when the name is not a zone (or the system cannot load it).</summary>
    public static TimeZoneInfo? Find(string id)
    {
        if (!Names.Contains(id))
            return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A real zone name to suggest: the same name in the right case ("europe/oslo"), else Europe/Oslo, the project's zone.</summary>
    public static string Suggest(string id) =>
        Names.FirstOrDefault(n => string.Equals(n, id, StringComparison.OrdinalIgnoreCase)) ?? "Europe/Oslo";
}
