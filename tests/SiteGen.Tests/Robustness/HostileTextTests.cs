using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>A "word" of hundreds of thousands of letters (a pasted hash, a run of x-es) used to take minutes in the search index's compound splitting, and then overflow the stack.</summary>
public sealed class HostileTextTests
{
    [Theory]
    [InlineData("input/news/sak.md")]
    [InlineData("input/data/deadlines.yml")]
    public void Build_AWordOfHalfAMillionLetters_BuildsInTime(string where)
    {
        var word = new string('x', 500_000);
        using var site = where.EndsWith(".md")
            ? new TestSite((where, SiteFiles.News("Sak", "2022-11-01", body: word)))
            : new TestSite((where, $"- id: frist\n  title: Frist\n  date: 2022-12-01\n  description: {word}\n"));
        var started = System.Diagnostics.Stopwatch.StartNew();

        var outcome = HostileBuild.Run(site);

        Assert.True(outcome.Exit == 0, outcome.Stderr);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"took {started.Elapsed.TotalSeconds:0} s");
    }
}
