using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Time;

namespace SiteGen.Tests.I18n;

public sealed class DateFormatterTests
{
    private static DateText Day(int y, int m, int d) => new(new DateOnly(y, m, d), null, false);
    private static DateText Month(int y, int m) => new(new DateOnly(y, m, 1), null, true);
    private static DateText At(int y, int m, int d, int h, int min) => new(new DateOnly(y, m, d), new TimeOnly(h, min), false);

    [Theory]
    [InlineData("nb", "2. desember 2022")]
    [InlineData("nn", "2. desember 2022")]
    [InlineData("en", "2 December 2022")]
    public void Day_EachLanguage_WritesItsOwnForm(string language, string expected)
    {
        Assert.Equal(expected, DateFormatter.For(language).Day(new DateOnly(2022, 12, 2)));
    }

    [Theory]
    [InlineData("nb", "fredag")]
    [InlineData("nn", "fredag")]
    [InlineData("en", "Friday")]
    public void Weekday_EachLanguage_WritesItsOwnName(string language, string expected)
    {
        Assert.Equal(expected, DateFormatter.For(language).Weekday(new DateOnly(2022, 12, 2)));
    }

    [Fact]
    public void Weekday_Nynorsk_HasItsOwnNames()
    {
        var nn = DateFormatter.Nynorsk;

        Assert.Equal("måndag", nn.Weekday(new DateOnly(2022, 11, 28)));
        Assert.Equal("tysdag", nn.Weekday(new DateOnly(2022, 11, 29)));
        Assert.Equal("laurdag", nn.Weekday(new DateOnly(2022, 12, 3)));
    }

    [Fact]
    public void English_MonthsRangesAndTimes_AreWrittenTheBritishWay()
    {
        var en = DateFormatter.English;

        Assert.Equal("December 2022", en.Of(Month(2022, 12)));
        Assert.Equal("15 December 2022, 14:00", en.Of(At(2022, 12, 15, 14, 0)));
        Assert.Equal("June–August 2023", en.Range(Month(2023, 6), Month(2023, 8)));
        Assert.Equal("November 2022 – February 2023", en.Range(Month(2022, 11), Month(2023, 2)));
        Assert.Equal("2–4 May 2023", en.Range(Day(2023, 5, 2), Day(2023, 5, 4)));
        Assert.Equal("28 December 2022 – 3 January 2023", en.Range(Day(2022, 12, 28), Day(2023, 1, 3)));
    }

    [Fact]
    public void Nynorsk_DatesAndTimes_AreWrittenLikeBokmal()
    {
        Assert.Equal("15. desember 2022 kl. 14.00", DateFormatter.Nynorsk.Of(At(2022, 12, 15, 14, 0)));
        Assert.Equal("2.–4. mai 2023", DateFormatter.Nynorsk.Range(Day(2023, 5, 2), Day(2023, 5, 4)));
    }

    [Theory]
    [InlineData("se")]
    [InlineData(null)]
    [InlineData("xx")]
    public void For_LanguageWithoutOwnDates_FallsBackToBokmal(string? language)
    {
        var formatter = DateFormatter.For(language);

        Assert.Same(DateFormatter.Bokmal, formatter);
        Assert.Equal("nb", formatter.Language);
        Assert.Equal("2. desember 2022", formatter.Day(new DateOnly(2022, 12, 2)));
    }

    [Fact]
    public void Day_UnderAThaiCulture_StaysGregorianAndInvariant()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");
        try
        {
            Assert.Equal("2 December 2022", DateFormatter.English.Day(new DateOnly(2022, 12, 2)));
            Assert.Equal("15 December 2022, 14:00", DateFormatter.English.Of(At(2022, 12, 15, 14, 0)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
