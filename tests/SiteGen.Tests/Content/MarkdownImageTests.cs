using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>An image without alt text must stay visibly without it, not be turned into a decorative one.</summary>
public sealed class MarkdownImageTests
{
    private static string Render(string markdown) => new MarkdownRenderer("/").Render(markdown, "test.md", 1).Html.Trim();

    [Fact]
    public void Image_WithoutAltText_HasNoAltAttribute()
    {
        Assert.Equal("<p><img src=\"bilde.png\" /></p>", Render("![](bilde.png)"));
    }

    [Fact]
    public void Image_WithAltText_KeepsIt()
    {
        Assert.Equal("<p><img src=\"/bilde.png\" alt=\"Et blått kvadrat\" /></p>", Render("![Et blått kvadrat](/bilde.png)"));
    }

    [Fact]
    public void Image_MarkedDecorative_HasEmptyAlt()
    {
        Assert.Equal("<p><img src=\"pynt.png\" alt=\"\" /></p>", Render("![](pynt.png){alt=\"\"}"));
    }

    [Fact]
    public void Image_WithoutAltText_KeepsTitleAndEscapesUrl()
    {
        Assert.Equal("<p><img src=\"a%20b.png?x=1&amp;y=2\" title=\"&quot;Tittel&quot;\" /></p>", Render("![](<a b.png?x=1&y=2> \"\\\"Tittel\\\"\")"));
    }
}
