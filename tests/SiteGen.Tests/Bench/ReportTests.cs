using SiteGen.Bench;

namespace SiteGen.Tests.Bench;

/// <summary>The README's Performance tables come from this report; its target table must say plainly what was met.</summary>
public sealed class ReportTests
{
    [Fact]
    public void Make_WithRunsOfBothSizesAndServe_SaysWhichTargetsAreMet()
    {
        string[] lines =
        [
            "run\t1000\tsitegen\t1\t1.20\t1.5\t0.2\t200000\t1100",
            "run\t1000\thugo\t1\t1.00\t1.2\t0.1\t150000\t1100",
            "run\t10000\tsitegen\t1\t12.0\t15\t1\t900000\t11000",
            "run\t10000\thugo\t1\t10.0\t14\t1\t1000000\t11000",
            "run\t0\tsitegen\t1\t0.55\t0.6\t0.1\t150000\t40",
            "serve\t1000\t180",
        ];

        var report = Report.Make(lines);

        Assert.Contains("| N = 1,000: wall, SiteGen / Hugo | ≤ 1.5× | 1.2× | yes |", report);
        Assert.Contains("| N = 10,000: wall, SiteGen / Hugo | ≤ 1× | 1.2× | no |", report);
        Assert.Contains("| N = 10,000: peak memory, SiteGen / Hugo | ≤ 0.5× | 0.9× | no |", report);
        Assert.Contains("| real site, cold build: wall | ≤ 0.6 s | 0.55 s | yes |", report);
        Assert.Contains("| serve, N = 1,000: save to served | ≤ 150 ms | 180 ms | no |", report);
        Assert.Contains("| serve, real site: save to served | ≤ 50 ms | not measured | – |", report);
        Assert.Contains("| N = 10,000: wall, SiteGen / floor | ≤ 2× | not measured | – |", report);
    }
}
