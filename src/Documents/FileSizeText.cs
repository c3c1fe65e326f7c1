using System.Globalization;

namespace SiteGen.Documents;

/// <summary>
/// File sizes the Norwegian way: "900 B", "447 kB", "1,2 MB".
/// <para>
/// kB means 1000 bytes and MB 1000 kB (SI), everywhere on the site. The lower-case "k" in the
/// project's "447 kB" is the SI prefix, Språkrådet and the public sector write sizes that way, and
/// macOS, iOS and Android show the same numbers; only Windows Explorer divides by 1024 (and writes
/// "KB"). Numbers are rounded half away from zero: whole kB, one decimal for MB and GB below 10, whole
/// numbers above. A size that rounds to 1000 of a unit moves up to the next one (999 500 B is "1 MB",
/// not "1000 kB").
/// </para>
/// </summary>
public static class FileSizeText
{
    /// <summary>Written out rather than taken from the machine's ICU data, so output does not depend on the machine.</summary>
    private static readonly NumberFormatInfo Norwegian = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = " " };

    private static readonly string[] LargeUnits = ["MB", "GB", "TB"];

    public static string Format(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        if (bytes < 1000)
            return $"{bytes.ToString(CultureInfo.InvariantCulture)} B";
        var kilo = Math.Round(bytes / 1000m, 0, MidpointRounding.AwayFromZero);
        if (kilo < 1000)
            return $"{kilo.ToString("0", Norwegian)} kB";
        var value = bytes / 1_000_000m;
        foreach (var unit in LargeUnits)
        {
            var rounded = Math.Round(value, value < 10 ? 1 : 0, MidpointRounding.AwayFromZero);
            if (rounded < 1000 || unit == LargeUnits[^1])
                return $"{rounded.ToString("#,0.#", Norwegian)} {unit}";
            value /= 1000;
        }
        throw new InvalidOperationException("unreachable");
    }
}
