using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// time_zone values that name something in the system's zone folder that is not a zone (issue 12,
/// class 3): each is an error at its line in site.yml with the hint Europe/Oslo, never an exception.
/// </summary>
public sealed class HostileTimeZoneTests
{
    private static readonly int Line = TestSite.MinimalConfig.Split('\n').ToList().FindIndex(l => l.StartsWith("time_zone:")) + 1;

    [Theory]
    [InlineData("Europe", "Europe/Oslo")]
    [InlineData("Factory", "Europe/Oslo")]
    [InlineData("posixrules", "Europe/Oslo")]
    [InlineData("localtime", "Europe/Oslo")]
    [InlineData("../../etc/passwd", "Europe/Oslo")]
    [InlineData("Europe/Bergen", "Europe/Oslo")]
    [InlineData("europe/oslo", "Europe/Oslo")]
    [InlineData("Europe/Oslo/", "Europe/Oslo")]
    public void Build_TimeZoneThatIsNoZone_FailsAtItsLine(string zone, string hint)
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig.Replace("time_zone: Europe/Oslo", $"time_zone: {zone}")));

        var outcome = HostileBuild.Fails(site, $"input/site.yml({Line},12)", "SG1013");

        Assert.Contains($"for eksempel {hint}", outcome.Stderr);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    [InlineData("Arctic/Longyearbyen")]
    public void Build_RealTimeZone_Builds(string zone)
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig.Replace("time_zone: Europe/Oslo", $"time_zone: {zone}")),
            ("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2022-12-02T14:00\n"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Contains("BEGIN:VEVENT", result.Text("kalender/frister.ics"));
    }
}
