using System.Text;
using CsCheck;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class Utf8OutputTests
{
    [Fact]
    public void TakeBytes_CharacterSplitBetweenTwoWrites_IsEncodedWhole()
    {
        // Arrange: an emoji is two UTF-16 units; the template may write them in two pieces.
        var output = new Utf8Output();
        var text = "Frist 😀 «æøå»";
        var split = text.IndexOf("😀", StringComparison.Ordinal) + 1;

        // Act
        output.Write(text, 0, split);
        output.Write(text, split, text.Length - split);

        // Assert
        Assert.Equal(Encoding.UTF8.GetBytes(text), output.TakeBytes());
    }

    [Fact]
    public void TakeBytes_SecondPage_HasOnlyItsOwnText()
    {
        var output = new Utf8Output();
        output.Write(new string('x', 100_000), 0, 100_000);
        output.TakeBytes();

        output.Write("<p>ny</p>", 0, 9);

        Assert.Equal("<p>ny</p>"u8.ToArray(), output.TakeBytes());
    }

    [Fact]
    public void TakeBytes_AnyTextInAnyPieces_IsTheTextsUtf8()
    {
        // Letters, Norwegian ones, emoji, lone surrogates (replaced, as Encoding.UTF8 replaces them) and long runs, cut anywhere.
        var piece = Gen.OneOf(Gen.String[Gen.Char.AlphaNumeric, 0, 40], Gen.Const("æøå«»–"), Gen.Const("😀"), Gen.Const("\uD83D"), Gen.Const("\uDE00"),
            Gen.Const(new string('é', 20_000)));
        var cuts = Gen.Select(piece.Array[0, 8], Gen.OneOf(Gen.Int[1, 3], Gen.Int[1, 25_000]).Array[1, 8], (pieces, sizes) => (Text: string.Concat(pieces), Sizes: sizes));

        Property.Check(cuts, c =>
        {
            var output = new Utf8Output();
            var (at, i) = (0, 0);
            while (at < c.Text.Length)
            {
                var count = Math.Min(c.Sizes[i++ % c.Sizes.Length], c.Text.Length - at);
                output.Write(c.Text, at, count);
                at += count;
            }
            Assert.Equal(Encoding.UTF8.GetBytes(c.Text), output.TakeBytes());
        }, 300);
    }
}
