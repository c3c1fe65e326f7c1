using SiteGen.Tests.Support;

namespace SiteGen.Tests.Calendar;

/// <summary>Each kind of bad deadline data is an error naming the file and the line of the mistake.</summary>
public sealed class DeadlineErrorTests
{
    [Theory]
    [InlineData("- id: a\n  title: A\n  date: 2022-12-02\n- id: a\n  title: B\n  date: 2022-12-03\n", "SG2001", 4, "already used")]
    [InlineData("- id: Frist\n  title: A\n  date: 2022-12-02\n- id: frist\n  title: B\n  date: 2022-12-03\n", "SG1007", 1, "lower-case")]
    [InlineData("- id: a\n  title: A\n  date: 2022-12-02\n  audience: [bibliotekarer]\n", "SG1008", 4, "unknown audience 'bibliotekarer'")]
    [InlineData("- id: a\n  title: A\n  date: 2023-08\n  end: 2023-06\n", "SG2003", 4, "before")]
    [InlineData("- id: a\n  title: A\n  date: 2022-12-02\n  link: /finnes-ikke/\n", "SG2004", 4, "leads nowhere")]
    [InlineData("- id: a\n  title: A\n  date: 2022-12-02\n  link: javascript:alert(1)\n", "SG1009", 4, "'link' must be")]
    [InlineData("- id: a\n  title: A\n  date: 2.12.2022\n", "SG1002", 3, "write 2022-12-02")]
    [InlineData("- id: a\n  title: A\n  date: 2022-02-30\n", "SG1002", 3, "not a real date")]
    [InlineData("- id: a\n  title: A\n  date: 2022-12-02\n  reminders: [en uke]\n", "SG1004", 4, "not a duration")]
    [InlineData("- id: a\n  title: A\n  date: 2022-12-02\n  status: utsatt\n", "SG1008", 4, "'status'")]
    [InlineData("- id: a\n  date: 2022-12-02\n", "SG1003", 1, "'title' is required")]
    [InlineData("id: a\ntitle: A\n", "SG1004", 1, "must be a list")]
    public void Build_BadDeadline_ReportsCodeFileAndLine(string yaml, string code, int line, string message)
    {
        using var site = new TestSite(("input/data/deadlines.yml", yaml));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors, e => e.Code == code);
        Assert.Equal("input/data/deadlines.yml", error.Location!.Path);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Build_SameIdInDataFileAndNewsItem_IsDuplicate()
    {
        using var site = new TestSite(
            ("input/data/deadlines.yml", "- id: frist-a\n  title: A\n  date: 2022-12-02\n"),
            ("input/news/sak.md", "---\ntitle: Sak\ndate: 2022-11-01\ndeadlines:\n  - id: frist-a\n    title: B\n    date: 2022-12-03\n---\nTekst\n"));

        var result = site.Build();

        var error = Assert.Single(result.Errors);
        Assert.Equal("SG2001", error.Code);
        Assert.Equal("input/news/sak.md", error.Location!.Path);
        Assert.Equal(5, error.Location.Line);
    }

    [Fact]
    public void Build_NewsReferringToUnknownDeadline_ReportsTheReference()
    {
        using var site = new TestSite(("input/news/sak.md", "---\ntitle: Sak\ndate: 2022-11-01\ndeadlines: [finnes-ikke]\n---\nTekst\n"));

        var error = Assert.Single(site.Build().Errors);

        Assert.Equal("SG2002", error.Code);
        Assert.Equal("input/news/sak.md(4,13)", error.Location!.ToString());
    }

    [Fact]
    public void Build_EndBeforeStart_IsTheOnlyErrorForThatMistakeAndOtherFieldsAreStillChecked()
    {
        using var site = new TestSite(
            ("input/data/deadlines.yml", "- id: baklengs\n  title: Baklengs\n  date: 2023-08\n  end: 2023-06\n  audience: [bibliotekarer]\n"),
            ("input/news/sak.md", "---\ntitle: Sak\ndate: 2022-11-01\ndeadlines: [baklengs]\n---\nTekst\n"));

        var errors = site.Build().Errors;

        // The news item names a deadline that exists: no "unknown deadline" error follows from the wrong end date.
        Assert.Equal(["SG1008", "SG2003"], errors.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("input/data/deadlines.yml", e.Location!.Path));
    }

    [Fact]
    public void Build_EndTimeBeforeStartTimeOnTheSameDay_IsAnErrorAtTheEnd()
    {
        using var site = new TestSite(("input/data/deadlines.yml", "- id: mote\n  title: Møte\n  date: 2022-12-06T14:00\n  end: 2022-12-06T13:30\n"));

        var error = Assert.Single(site.Build().Errors);

        Assert.Equal(("SG2003", 4, 8), (error.Code, error.Location!.Line, error.Location.Column));
        Assert.Contains("2022-12-06 13:30", error.Message);
    }
}
