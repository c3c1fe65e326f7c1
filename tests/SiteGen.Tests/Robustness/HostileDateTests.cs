using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Dates and numbers out of range (issue 12, class 2): non-ASCII digits, years outside 1900–2199,
/// durations and day counts that overflowed. Each is an error at its line, or a usage error for the
/// command line and environment, never an overflow exception.
/// </summary>
public sealed class HostileDateTests
{
    private const string News = "input/news/sak.md";
    private const string Deadlines = "input/data/deadlines.yml";

    [Theory]
    [InlineData("٢٠٢٢-١٢-٠٢", "2022-12-02")] // Arabic-Indic digits
    [InlineData("２０２２-１２-０２", "2022-12-02")] // full-width digits
    [InlineData("0001-01-01", "1900")]
    [InlineData("9999-12-31", "2199")]
    public void Build_NewsDateOutOfRange_FailsAtItsLine(string date, string hint)
    {
        using var site = new TestSite((News, $"---\ntitle: Sak\ndate: {date}\n---\nTekst\n"));

        var outcome = HostileBuild.Fails(site, $"{News}(3,7)", "SG1002");

        Assert.Contains(hint, outcome.Stderr);
    }

    [Theory]
    [InlineData("date: 0001-01-01T00:30", "(3,9)", "SG1002")]
    [InlineData("date: 9999-12-31", "(3,9)", "SG1002")]
    [InlineData("date: 9999-12", "(3,9)", "SG1002")]
    [InlineData("date: 2022-12-02\n  reminders: [P10675200D]", "(4,15)", "SG1004")]
    [InlineData("date: 2022-12-02\n  reminders: [P400D]", "(4,15)", "SG1004")]
    [InlineData("date: 2022-12-02\n  end: 9999-12", "(4,8)", "SG1002")]
    public void Build_DeadlineValueOutOfRange_FailsAtItsLine(string lines, string position, string code)
    {
        using var site = new TestSite((Deadlines, $"- id: frist\n  title: Frist\n  {lines}\n"));

        HostileBuild.Fails(site, Deadlines + position, code);
    }

    [Theory]
    [InlineData("keep_cancelled_days: 2147483647")]
    [InlineData("keep_cancelled_days: -1")]
    [InlineData("news_per_page: 2147483647")]
    [InlineData("deadline_reminders: [P10675200D]")]
    public void Build_SiteNumberOutOfRange_FailsAtItsLine(string line)
    {
        var config = TestSite.MinimalConfig.Replace("news_per_page: 10\n", "");
        using var site = new TestSite(("input/site.yml", config + "\n" + line + "\n"));
        var lineNumber = config.Split('\n').Length + 1;

        HostileBuild.Fails(site, $"input/site.yml({lineNumber},", line.StartsWith("deadline") ? "SG1004" : "SG1013");
    }

    [Theory]
    [InlineData("999999999999999")]
    [InlineData("1e9")]
    [InlineData("١٦٦٩٨٥٠٠٠٠")]
    public void Build_SourceDateEpochOutOfRange_IsAUsageErrorAndKeepsOutput(string epoch)
    {
        using var site = new TestSite();
        HostileBuild.PreviousSite(site.OutputDir);
        var before = HostileBuild.Snapshot(site.OutputDir);

        var outcome = HostileBuild.Process(site, ["build", "--theme", RepoPaths.Theme], ("SOURCE_DATE_EPOCH", epoch));

        Assert.True(outcome.Exit == ExitCodes.UsageError, $"exit {outcome.Exit}\n{outcome.Stderr}");
        Assert.Contains("SOURCE_DATE_EPOCH", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr);
        Assert.Equal(before, HostileBuild.Snapshot(site.OutputDir));
    }

    [Fact]
    public void Build_SourceDateEpochInRange_IsTheBuildsNow()
    {
        using var site = new TestSite();

        var outcome = HostileBuild.Process(site, ["build", "--theme", RepoPaths.Theme], ("SOURCE_DATE_EPOCH", "1669852800")); // 2022-12-01

        Assert.True(outcome.Exit == ExitCodes.Success, outcome.Stderr);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01T00:30")]
    [InlineData("٢٠٢٢-١٢-٠٢")]
    public void Build_NowOutOfRange_IsAUsageError(string now)
    {
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["build", "--now", now], new StringWriter(), stderr);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--now", stderr.ToString());
    }

    [Theory]
    [InlineData("٢٠٢٢-١٢-٠٢")]
    [InlineData("２０２２-１２-０２")]
    [InlineData("9999-12")]
    public void NewDeadline_DateOutOfRange_IsRefusedAndWritesNothing(string date)
    {
        using var site = new TestSite();
        var before = HostileBuild.Snapshot(site.InputDir);
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["new", "deadline", "Frist", "--date", date, "--input", site.InputDir], new StringWriter(), stderr);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--date", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
        Assert.Equal(before, HostileBuild.Snapshot(site.InputDir));
    }
}
