using CsCheck;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Sources;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

public sealed class FrontMatterSplitterTests
{
    [Fact]
    public void Split_ClosedBlock_SeparatesYamlAndBodyWithTheirLines()
    {
        // Arrange
        var text = "---\ntitle: A\ndate: 2022-12-02\n---\nFirst line\n\nSecond";

        // Act
        var split = FrontMatterSplitter.Split(text, out var error);

        // Assert
        Assert.Null(error);
        Assert.NotNull(split);
        Assert.Equal("title: A\ndate: 2022-12-02", split.Yaml);
        Assert.Equal(2, split.YamlFirstLine);
        Assert.Equal("First line\n\nSecond", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
    }

    [Fact]
    public void Split_ClosedWithDots_IsAccepted()
    {
        var split = FrontMatterSplitter.Split("---\ntitle: A\n...\nBody", out _);

        Assert.NotNull(split);
        Assert.Equal("title: A", split.Yaml);
        Assert.Equal("Body", split.Body);
    }

    [Fact]
    public void Split_Unclosed_ReturnsNullAndExplains()
    {
        var split = FrontMatterSplitter.Split("---\ntitle: A\nBody without the closing line", out var error);

        Assert.Null(split);
        Assert.NotNull(error);
        Assert.Contains("never closed", error.En);
        Assert.Contains("blir aldri avsluttet", error.Nb);
    }

    [Fact]
    public void Split_NoFrontMatter_GivesEmptyYamlAndWholeBody()
    {
        var split = FrontMatterSplitter.Split("# Heading\n\nText", out var error);

        Assert.Null(error);
        Assert.NotNull(split);
        Assert.Equal("", split.Yaml);
        Assert.Equal("# Heading\n\nText", split.Body);
        Assert.Equal(1, split.BodyFirstLine);
    }

    [Fact]
    public void Split_DashesNotOnFirstLine_AreNotFrontMatter()
    {
        var split = FrontMatterSplitter.Split("Intro\n---\ntitle: A\n---\n", out _);

        Assert.NotNull(split);
        Assert.Equal("", split.Yaml);
        Assert.StartsWith("Intro", split.Body);
    }

    [Fact]
    public void Split_CrlfFileAfterTextDecoder_SplitsLikeLf()
    {
        // Arrange: Windows line ends are normalised by the decoder before the splitter sees them.
        var file = new SourceFile("news/a.md", "input/news/a.md", "---\r\ntitle: A\r\n---\r\nBody\r\n"u8.ToArray());
        var text = TextDecoder.Decode(file, new DiagnosticBag())!;

        // Act
        var split = FrontMatterSplitter.Split(text, out var error);

        // Assert
        Assert.Null(error);
        Assert.NotNull(split);
        Assert.Equal("title: A", split.Yaml);
        Assert.Equal("Body\n", split.Body);
        Assert.Equal(4, split.BodyFirstLine);
    }

    [Fact]
    public void Split_AnyLines_SplitsAsTheFileSplitIntoLinesWould()
    {
        // Lines that close the block, almost close it, are empty, or carry text, in any order, with or without a last line end.
        var line = Gen.OneOf(Gen.Const("---"), Gen.Const("..."), Gen.Const("--- \t"), Gen.Const(" ---"), Gen.Const("----"), Gen.Const(""),
            Gen.Const("title: A"), Gen.Const("\t"), Gen.Const("æ…\r"));
        var text = Gen.Select(line.Array[0, 7], Gen.Bool, (lines, lastEnd) => "---\n" + string.Join('\n', lines) + (lastEnd ? "\n" : ""));

        Property.Check(text, t =>
        {
            var split = FrontMatterSplitter.Split(t, out var error);
            var expected = SplitByLines(t);
            Assert.Equal(expected is null, split is null);
            Assert.Equal(expected is null, error is not null);
            Assert.Equal(expected, split);
        }, 500);
    }

    /// <summary>The splitter as it was first written: the whole file split into lines and joined again.</summary>
    private static FrontMatter? SplitByLines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd(' ', '\t') is "---" or "...")
                return new FrontMatter(string.Join('\n', lines[1..i]), 2, string.Join('\n', lines[(i + 1)..]), i + 2);
        }
        return null;
    }
}
