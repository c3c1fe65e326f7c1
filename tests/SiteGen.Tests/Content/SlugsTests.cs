using SiteGen.Content;
using SiteGen.Urls;

namespace SiteGen.Tests.Content;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Særegne forhold", "saeregne-forhold")]
    [InlineData("Hva bør du som bibliotekleder gjøre?", "hva-bor-du-som-bibliotekleder-gjore")]
    [InlineData("Åpen dag på Ålesund", "apen-dag-pa-alesund")]
    [InlineData("ÆØÅ æøå", "aeoa-aeoa")]
    [InlineData("Budsjett 2023: engangskostnader!", "budsjett-2023-engangskostnader")]
    [InlineData("  --Frist (30. desember)--  ", "frist-30-desember")]
    [InlineData("Café & Co.", "cafe-co")]
    public void FromTitle_NorwegianTitle_GivesAsciiSlug(string title, string expected)
    {
        Assert.Equal(expected, Slugs.FromTitle(title));
    }

    [Fact]
    public void FromTitle_OnlyPunctuation_GivesEmpty()
    {
        Assert.Equal("", Slugs.FromTitle("?!…"));
    }

    [Theory]
    [InlineData("om-prosjektet", true)]
    [InlineData("budsjett-2023", true)]
    [InlineData("Om-prosjektet", false)]
    [InlineData("om--prosjektet", false)]
    [InlineData("-om", false)]
    [InlineData("særegne", false)]
    [InlineData("", false)]
    public void IsValid_Slug_AcceptsOnlyLowerAsciiWithSingleHyphens(string slug, bool valid)
    {
        Assert.Equal(valid, Slugs.IsValid(slug));
    }
}
