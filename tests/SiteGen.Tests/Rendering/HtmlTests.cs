using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public sealed class HtmlTests
{
    [Fact]
    public void Escape_SpecialCharacters_AreEntities()
    {
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; &quot;a&quot; &#39;b&#39; &amp; c",
            Html.Escape("<script>alert(1)</script> \"a\" 'b' & c"));
    }

    [Fact]
    public void Escape_NorwegianLetters_AreLeftReadable()
    {
        Assert.Equal("Særegne forhold i Øst-Finnmark &amp; Troms", Html.Escape("Særegne forhold i Øst-Finnmark & Troms"));
    }

    [Fact]
    public void Escape_PlainText_IsReturnedUnchanged()
    {
        Assert.Equal("Grenseløse muligheter", Html.Escape("Grenseløse muligheter"));
        Assert.Equal("", Html.Escape(""));
    }

    [Fact]
    public void Escape_AlreadyEscaped_IsEscapedAgain()
    {
        // Escaping is not idempotent on purpose: an editor who writes "&amp;" means those five characters.
        Assert.Equal("&amp;amp;", Html.Escape("&amp;"));
    }
}
