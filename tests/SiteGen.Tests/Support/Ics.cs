using Ical.Net.CalendarComponents;
using SiteGen.Output;

namespace SiteGen.Tests.Support;

/// <summary>Parses an .ics output back with Ical.Net, the way a calendar app would read it.</summary>
public static class Ics
{
    public static Ical.Net.Calendar Parse(BuildResult result, string path) =>
        Ical.Net.Calendar.Load(result.Text(path)) ?? throw new Xunit.Sdk.XunitException($"{path} did not parse as a calendar");

    public static CalendarEvent Event(this Ical.Net.Calendar calendar, string uidPrefix) =>
        calendar.Events.Single(e => e.Uid!.StartsWith(uidPrefix + "@", StringComparison.Ordinal));

    public static string? Property(this Ical.Net.Calendar calendar, string name) =>
        calendar.Properties.FirstOrDefault(p => p.Name == name)?.Value?.ToString();
}
