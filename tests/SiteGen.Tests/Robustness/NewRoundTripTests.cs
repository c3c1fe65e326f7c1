using CsCheck;
using SiteGen.Authoring;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// `new news` and `new page` (issue 12, class 12): whatever title they are given — NEL, LS, PS, a
/// BOM, controls, quotes, YAML syntax — the file they write builds, without errors or warnings.
/// </summary>
public sealed class NewRoundTripTests
{
    private static readonly Gen<string> Piece = Gen.OneOf<string>(
        Gen.OneOf<string>("\u0085", "\u2028", "\u2029", "\uFEFF", "\u000B", "\u000C", "\u0001", "\0", "\uFFFE", "\t", "\n", "\r",
            "\"", "'", "\\", ":", ": ", "#", " #", "---", "- ", "[", "]", "{", "}", "&a", "*a", "!", "!!str ", "%TAG", "|", ">", "@", "`",
            "æøå", "Čáhcesuolu", "😀", "\u0301", " "),
        Gen.String[Gen.Char.AlphaNumeric, 1, 8],
        Gen.Char.Select(c => char.IsSurrogate(c) ? "x" : c.ToString()));

    private static readonly Gen<string> Title = Piece.Array[1, 12].Select(parts => "Sak " + string.Concat(parts));

    [Theory]
    [InlineData("Side\u0085med NEL")]
    [InlineData("Sak\u2028med LS")]
    [InlineData("Sak\u2029med PS")]
    [InlineData("\uFEFFSak med BOM")]
    [InlineData("Sak med \u000Bloddrett tab")]
    public void New_OddTitleFromTheIssue_WritesFilesThatBuild(string title) => AssertRoundTrip(title);

    [Fact]
    public void New_AnyTitle_WritesFilesThatBuild() =>
        Property.Check(Title, AssertRoundTrip, 40, "2qKl4rIrNt91"); // U+FFFE made Unicode normalization throw in the slug

    private static void AssertRoundTrip(string title)
    {
        using var site = new TestSite();
        var news = ContentCreator.News(site.InputDir, title, new DateOnly(2022, 11, 1));
        var page = ContentCreator.Page(site.InputDir, title);
        if (news.Error is not null && page.Error is not null)
            return; // refused with a message (no letters for an address): nothing written, nothing to build

        var result = site.Build();

        result.AssertSucceeded();
        // The one warning expected: the placeholder body 'new' writes for the editor to replace (SG1022).
        Assert.DoesNotContain(result.Warnings, w => w.Code != SiteGen.Diagnostics.DiagnosticCodes.PlaceholderText
            && (w.Location?.Path.StartsWith("input/news/") == true || w.Location?.Path.StartsWith("input/pages/") == true));
    }
}
