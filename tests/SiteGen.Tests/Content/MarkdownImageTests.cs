using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>An image without alt text must stay visibly without it, not be turned into a decorative one.</summary>
public sealed class MarkdownImageTests
{
    private static AngleSharp.Dom.IElement[] Images(string body)
    {
        using var site = new TestSite(("input/pages/bilder.md", "---\ntitle: Bilder\n---\n" + body));
        foreach (var name in new[] { "bilde.png", "pynt.png", "a b.png" })
            site.WriteBytes($"input/files/{name}", [0x89, 0x50, 0x4E, 0x47]);
        var result = site.Build();
        result.AssertSucceeded();
        return [.. result.Html("bilder/index.html").QuerySelectorAll("main .prose img")];
    }

    [Fact]
    public void Image_WithoutAltText_HasNoAltAttribute()
    {
        var image = Assert.Single(Images("![](files/bilde.png)"));

        Assert.Equal("/files/bilde.png", image.GetAttribute("src"));
        Assert.False(image.HasAttribute("alt"));
    }

    [Fact]
    public void Image_WithAltText_KeepsIt()
    {
        var image = Assert.Single(Images("![Et blått kvadrat](/files/bilde.png)"));

        Assert.Equal("/files/bilde.png", image.GetAttribute("src"));
        Assert.Equal("Et blått kvadrat", image.GetAttribute("alt"));
    }

    [Fact]
    public void Image_MarkedDecorative_HasEmptyAlt()
    {
        var image = Assert.Single(Images("![](files/pynt.png){alt=\"\"}"));

        Assert.Equal("", image.GetAttribute("alt"));
    }

    [Fact]
    public void Image_WithoutAltText_KeepsTitleAndEscapesUrl()
    {
        var image = Assert.Single(Images("![](<files/a b.png?x=1&y=2> \"\\\"Tittel\\\"\")"));

        Assert.Equal("/files/a%20b.png?x=1&y=2", image.GetAttribute("src"));
        Assert.Equal("\"Tittel\"", image.GetAttribute("title"));
        Assert.False(image.HasAttribute("alt"));
    }
}
