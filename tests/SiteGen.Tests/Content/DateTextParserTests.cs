using SiteGen.Content;
using SiteGen.Time;

namespace SiteGen.Tests.Content;

public sealed class DateTextParserTests
{
    [Fact]
    public void Parse_Day_GivesDateWithoutTime()
    {
        var date = DateTextParser.Parse("2022-12-02", allowMonth: false, out var error);

        Assert.Null(error);
        Assert.Equal(new DateText(new DateOnly(2022, 12, 2), null, IsMonth: false), date);
    }

    [Theory]
    [InlineData("2022-12-02T14:30")]
    [InlineData("2022-12-02 14:30")]
    public void Parse_DayAndTime_GivesLocalTime(string text)
    {
        var date = DateTextParser.Parse(text, allowMonth: false, out var error);

        Assert.Null(error);
        Assert.Equal(new DateText(new DateOnly(2022, 12, 2), new TimeOnly(14, 30), IsMonth: false), date);
    }

    [Theory]
    [InlineData("2022-12-02T14:30+01:00")]
    [InlineData("2022-12-02T14:30:00Z")]
    [InlineData("2022-12-02 14:30:00.000 +0100")]
    public void Parse_TimeWithZone_AsksForTheLocalTime(string text)
    {
        var date = DateTextParser.Parse(text, allowMonth: false, out var error);

        Assert.Null(date);
        Assert.Contains("write 2022-12-02T14:30", error!.En);
        Assert.Contains("som 2022-12-02T14:30", error.Nb);
    }

    [Fact]
    public void Parse_MonthWhereAllowed_GivesWholeMonth()
    {
        var date = DateTextParser.Parse("2023-06", allowMonth: true, out var error);

        Assert.Null(error);
        Assert.Equal(new DateText(new DateOnly(2023, 6, 1), null, IsMonth: true), date);
    }

    [Fact]
    public void Parse_MonthWhereNotAllowed_IsAnError()
    {
        var date = DateTextParser.Parse("2023-06", allowMonth: false, out var error);

        Assert.Null(date);
        Assert.Contains("YYYY-MM-DD", error!.En);
        Assert.Contains("2022-12-02", error.Nb);
    }

    [Fact]
    public void Parse_February30_SaysNoSuchDay()
    {
        var date = DateTextParser.Parse("2022-02-30", allowMonth: false, out var error);

        Assert.Null(date);
        Assert.Equal("'2022-02-30' is not a real date (no such day in that month)", error!.En);
        Assert.StartsWith("«2022-02-30» er ikke en dato som finnes", error.Nb);
    }

    [Fact]
    public void Parse_NorwegianDotForm_HintsIsoForm()
    {
        var date = DateTextParser.Parse("30.12.2022", allowMonth: false, out var error);

        Assert.Null(date);
        Assert.NotNull(error);
        Assert.EndsWith("write 2022-12-30", error.En);
        Assert.Equal("«30.12.2022» er ikke en gyldig dato – skriv 2022-12-30", error.Nb);
    }

    [Fact]
    public void Parse_Hour25_SaysTimeDoesNotExist()
    {
        var date = DateTextParser.Parse("2022-12-02T25:00", allowMonth: false, out var error);

        Assert.Null(date);
        Assert.Contains("time that does not exist", error!.En);
        Assert.Contains("klokkeslett som ikke finnes", error.Nb);
    }

    [Theory]
    [InlineData("i morgen")]
    [InlineData("2022/12/02")]
    [InlineData("")]
    public void Parse_Text_IsAnError(string text)
    {
        Assert.Null(DateTextParser.Parse(text, allowMonth: true, out var error));
        Assert.Contains("is not a date", error!.En);
        Assert.Contains("er ikke en dato", error.Nb);
    }
}
