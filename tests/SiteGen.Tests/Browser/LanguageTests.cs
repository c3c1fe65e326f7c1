using System.Text.RegularExpressions;

namespace SiteGen.Tests.Browser;

/// <summary>The page's language reaches its scripts: the deadline status the script rewrites against the reader's clock stays in that language.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LanguageTests(BrowserFixture fixture)
{
    [GeneratedRegex("^(The deadline has passed|Today|Tomorrow|In progress|In \\d+ days|Cancelled)$")]
    private static partial Regex EnglishStatus();

    [GeneratedRegex("^(Fristen er ute|I dag|I morgen|Pågår|Om \\d+ dager|Avlyst)$")]
    private static partial Regex NorwegianStatus();

    [BrowserTheory]
    [InlineData("/en/", "en")]
    [InlineData("/", "nb")]
    public async Task DeadlineScript_RewritesTheStatus_InThePagesLanguage(string path, string language)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await fixture.OpenAsync(context, fixture.RealSite, path);

        var statuses = await page.Locator(".deadline-status").AllTextContentsAsync();

        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Matches(language == "en" ? EnglishStatus() : NorwegianStatus(), s.Trim()));
        // The site's deadlines are from 2022 and 2023, so against the reader's clock the script marks them past.
        Assert.Contains(statuses, s => s.Trim() == (language == "en" ? "The deadline has passed" : "Fristen er ute"));
    }
}
