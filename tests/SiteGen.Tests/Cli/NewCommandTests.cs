using SiteGen.Authoring;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>'new': files named from Norwegian titles, never overwritten, and building cleanly as they are.</summary>
public sealed class NewCommandTests
{
    private static readonly DateOnly Today = new(2022, 11, 20);

    [Theory]
    [InlineData("Tittel på saken", "tittel-pa-saken")]
    [InlineData("Ærlig talt: økonomi og språk", "aerlig-talt-okonomi-og-sprak")]
    [InlineData("Budsjett 2023 – engangskostnader", "budsjett-2023-engangskostnader")]
    public void News_NorwegianTitle_MakesSlugFileName(string title, string slug)
    {
        using var site = new TestSite();

        var created = ContentCreator.News(site.InputDir, title, Today);

        Assert.Null(created.Error);
        Assert.True(File.Exists(Path.Combine(site.InputDir, "news", slug + ".md")), created.Path);
        Assert.EndsWith($"news/{slug}.md", created.Path);
    }

    [Fact]
    public void News_CreatedFile_BuildsWithTitleAndDateToday()
    {
        using var site = new TestSite();

        ContentCreator.News(site.InputDir, "Nytt fra «prosjektet»: \"status\" # 3", Today);
        var result = site.Build();

        result.AssertSucceeded();
        // The only warning is that the placeholder text is still there: the file is not ready to publish yet.
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("SG1022", "input/news/nytt-fra-prosjektet-status-3.md", 10), (warning.Code, warning.Location!.Path, warning.Location.Line));
        Assert.Contains("Skriv saken her.", warning.MessageNb);
        var page = result.Html("aktuelt/nytt-fra-prosjektet-status-3/index.html");
        Assert.Equal("Nytt fra «prosjektet»: \"status\" # 3", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2022-11-20", page.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void News_ExistingFile_IsRefusedAndLeftAsItWas()
    {
        using var site = new TestSite(("input/news/tittel-pa-saken.md", "---\ntitle: Min sak\ndate: 2022-11-01\n---\nMin tekst.\n"));

        var created = ContentCreator.News(site.InputDir, "Tittel på saken", Today);

        Assert.NotNull(created.Error);
        Assert.Contains("already exists", created.Error!.En);
        Assert.Contains("finnes allerede", created.Error.Nb);
        Assert.Contains("Min tekst.", File.ReadAllText(Path.Combine(site.InputDir, "news", "tittel-pa-saken.md")));
    }

    [Fact]
    public void News_TitleWithoutLetters_IsRefused()
    {
        using var site = new TestSite();

        Assert.NotNull(ContentCreator.News(site.InputDir, "«»!?", Today).Error);
    }

    [Fact]
    public void Page_CreatedFile_Builds()
    {
        using var site = new TestSite();

        var created = ContentCreator.Page(site.InputDir, "Særegne forhold i nord");
        var result = site.Build();

        Assert.Null(created.Error);
        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("SG1022", "input/pages/saeregne-forhold-i-nord.md", 10), (warning.Code, warning.Location!.Path, warning.Location.Line));
        Assert.Equal("Særegne forhold i nord", result.Html("saeregne-forhold-i-nord/index.html").QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("Aktuelt")]
    [InlineData("Frister")]
    public void Page_ReservedAddress_IsRefused(string title)
    {
        using var site = new TestSite();

        var created = ContentCreator.Page(site.InputDir, title);

        Assert.Contains("used by the site itself", created.Error!.En);
        Assert.Contains("brukes av nettstedet selv", created.Error.Nb);
        Assert.False(Directory.Exists(Path.Combine(site.InputDir, "pages")));
    }

    [Fact]
    public void Deadline_AppendedToExistingFile_BuildsWithTheOthers()
    {
        using var site = new TestSite(("input/data/deadlines.yml", "- id: forste\n  title: Første\n  date: 2022-12-02\n"));

        var created = ContentCreator.Deadline(site.InputDir, "svarfrist-kartlegging", "Svarfrist: kartlegging", "2022-12-15T14:00", ["folkebibliotek"]);
        var result = site.Build();

        Assert.Null(created.Error);
        Assert.Equal(5, created.Line);
        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("SG1022", "input/data/deadlines.yml", 10), (warning.Code, warning.Location!.Path, warning.Location.Line));
        Assert.Equal(["forste", "svarfrist-kartlegging"], result.Model!.Deadlines.Select(d => d.Id));
        var deadline = result.Model.Deadlines[1];
        Assert.Equal("Svarfrist: kartlegging", deadline.Title);
        Assert.Equal(new TimeOnly(14, 0), deadline.Start.Time);
        Assert.Equal(5, deadline.Source.Line);
    }

    [Fact]
    public void Deadline_NoFileYet_CreatesIt()
    {
        using var site = new TestSite();

        var created = ContentCreator.Deadline(site.InputDir, "ny-frist", "Ny frist", "2022-12-01", []);
        var result = site.Build();

        Assert.Equal(1, created.Line);
        result.AssertSucceeded();
        Assert.Equal("ny-frist", Assert.Single(result.Model!.Deadlines).Id);
    }

    [Fact]
    public void Deadline_IdInUse_IsRefusedAndFileUnchanged()
    {
        const string yaml = "- id: forste\n  title: Første\n  date: 2022-12-02\n";
        using var site = new TestSite(("input/data/deadlines.yml", yaml));

        var created = ContentCreator.Deadline(site.InputDir, "forste", "Første igjen", "2022-12-01", []);

        Assert.Contains("already has a deadline with the id 'forste'", created.Error!.En);
        Assert.Contains("har allerede en frist med id-en «forste»", created.Error.Nb);
        Assert.Equal(yaml, File.ReadAllText(Path.Combine(site.InputDir, "data", "deadlines.yml")));
    }

    [Fact]
    public void Deadline_InvalidId_IsRefused()
    {
        using var site = new TestSite();

        var error = ContentCreator.Deadline(site.InputDir, "Ny Frist", "Ny frist", "2022-12-01", []).Error;

        Assert.Contains("lower-case", error!.En);
        Assert.Contains("små bokstaver", error.Nb);
    }

    [Fact]
    public void SiteSettings_TodayIsTheDateInOslo()
    {
        using var site = new TestSite();

        var settings = SiteSettings.Read(site.InputDir)!;

        Assert.Equal(new DateOnly(2022, 11, 21), settings.Today(new DateTimeOffset(2022, 11, 20, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(["folkebibliotek", "skolebibliotek"], settings.Audiences);
    }

    [Theory]
    [InlineData("new", "deadline")]
    [InlineData("new", "deadline", "--id", "x", "--date", "2.12.2022")]
    [InlineData("new", "news")]
    public void CommandLine_New_WrongUsageIsAParseError(params string[] args)
    {
        Assert.NotEmpty(CommandLine.Create().Parse(args).Errors);
    }

    [Theory]
    [InlineData("new", "news", "Tittel", "--input", "x", "--now", "2022-11-20")]
    [InlineData("new", "page", "Tittel")]
    [InlineData("new", "deadline", "Svarfrist", "--date", "2023-06")]
    [InlineData("new", "deadline", "--id", "svarfrist")]
    public void CommandLine_New_AcceptsItsArguments(params string[] args)
    {
        Assert.Empty(CommandLine.Create().Parse(args).Errors);
    }
}
