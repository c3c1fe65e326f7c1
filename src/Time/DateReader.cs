using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Time;

/// <summary>Dates and times as editors write them in YAML ("2023-03-01", "2023-03-01T12:00", "2023-03"), reported at their key.</summary>
public static class DateReader
{
    public static DateText? Read(YamlMap map, string key, bool required = false, bool allowMonth = false)
    {
        var text = map.String(key, required);
        if (text is null)
            return null;
        var date = DateTextParser.Parse(text, allowMonth, out var error);
        if (date is null)
            map.Diagnostics.Error(DiagnosticCodes.InvalidDate, en: $"'{key}': {error!.En}", nb: $"{key}: {error.Nb}", map.LocationOf(key));
        return date;
    }
}
