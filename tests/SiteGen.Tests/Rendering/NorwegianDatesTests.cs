using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Time;

namespace SiteGen.Tests.Rendering;

public sealed class NorwegianDatesTests
{
    private static DateText Day(int y, int m, int d) => new(new DateOnly(y, m, d), null, false);
    private static DateText Month(int y, int m) => new(new DateOnly(y, m, 1), null, true);

    [Theory]
    [InlineData(2022, 12, 2, "2. desember 2022")]
    [InlineData(2023, 1, 31, "31. januar 2023")]
    [InlineData(2023, 5, 17, "17. mai 2023")]
    public void Day_Date_IsWrittenInBokmal(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, NorwegianDates.Day(new DateOnly(y, m, d)));
    }

    [Fact]
    public void Of_DayWithTime_AddsKlokkeslett()
    {
        var date = new DateText(new DateOnly(2022, 12, 15), new TimeOnly(14, 0), false);

        Assert.Equal("15. desember 2022 kl. 14.00", NorwegianDates.Of(date));
    }

    [Fact]
    public void Of_Month_IsMonthAndYear()
    {
        Assert.Equal("desember 2022", NorwegianDates.Of(Month(2022, 12)));
    }

    [Fact]
    public void Range_MonthsInOneYear_NamesYearOnce()
    {
        Assert.Equal("juni–august 2023", NorwegianDates.Range(Month(2023, 6), Month(2023, 8)));
    }

    [Fact]
    public void Range_MonthsAcrossYears_NamesBothYears()
    {
        Assert.Equal("november 2022–februar 2023", NorwegianDates.Range(Month(2022, 11), Month(2023, 2)));
    }

    [Fact]
    public void Range_DaysInOneMonth_SharesMonth()
    {
        Assert.Equal("2.–4. mai 2023", NorwegianDates.Range(Day(2023, 5, 2), Day(2023, 5, 4)));
    }

    [Fact]
    public void Range_DaysAcrossYears_WritesBothInFull()
    {
        Assert.Equal("28. desember 2022–3. januar 2023", NorwegianDates.Range(Day(2022, 12, 28), Day(2023, 1, 3)));
    }

    [Fact]
    public void Weekday_Date_IsBokmalName()
    {
        Assert.Equal("fredag", NorwegianDates.Weekday(new DateOnly(2022, 12, 2)));
    }
}
