using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Sources;

namespace SiteGen.Tests.Content;

public sealed class TextDecoderTests
{
    private static (string? Text, DiagnosticBag Diagnostics) Decode(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        return (TextDecoder.Decode(new SourceFile("news/a.md", "input/news/a.md", bytes), diagnostics), diagnostics);
    }

    [Fact]
    public void Decode_Bom_IsStripped()
    {
        var (text, diagnostics) = Decode([0xEF, 0xBB, 0xBF, .. "title: Æ"u8]);

        Assert.Equal("title: Æ", text);
        Assert.False(diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\r\nb\rc\n", "a\nb\nc\n")]
    public void Decode_CrOrCrlf_BecomesLf(string input, string expected)
    {
        var (text, _) = Decode(System.Text.Encoding.UTF8.GetBytes(input));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Decode_InvalidUtf8_ReportsSG1006AtLineOfTheBadByte()
    {
        // Arrange: "ø" saved as Latin-1 (0xF8) on line 3.
        byte[] bytes = [.. "---\ntitle: A\nSk"u8, 0xF8, .. "ld\n---\n"u8];

        // Act
        var (text, diagnostics) = Decode(bytes);

        // Assert
        Assert.Null(text);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(DiagnosticCodes.InvalidText, error.Code);
        Assert.Equal(new SourceLocation("input/news/a.md", 3, 3), error.Location);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Decode_Nul_ReportsSG1006AtItsPosition()
    {
        var (text, diagnostics) = Decode("line one\nab\0c"u8.ToArray());

        Assert.Null(text);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(DiagnosticCodes.InvalidText, error.Code);
        Assert.Equal(new SourceLocation("input/news/a.md", 2, 3), error.Location);
        Assert.Contains("NUL", error.Message);
    }
}
