using CsCheck;
using SiteGen.Sources;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Sources;

/// <summary>The vectorized search for forbidden characters finds what the rule names, and nothing else.</summary>
public sealed class ForbiddenCharactersTests
{
    // Mostly ordinary text, with controls, C1, noncharacters and surrogates (paired and lone) mixed in.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.Char['a', 'z'], Gen.Const('æ'), Gen.Const('\n'), Gen.Const('\t'),
        Gen.Char['\u0000', '\u001f'], Gen.Char['\u007f', '\u009f'], Gen.Char['\ufdd0', '\ufdef'], Gen.Const('\ufffe'), Gen.Const('\uffff'),
        Gen.Char['\ud800', '\udbff'], Gen.Char['\udc00', '\udfff'])
        .Array[0, 40].Select(chars => new string(chars));

    [Fact]
    public void IndexOf_AnyText_IsTheFirstForbiddenCharacterOrLoneSurrogate()
    {
        Property.Check(Text, text => Assert.Equal(CharByChar(text), ForbiddenCharacters.IndexOf(text)), iterations: 2000);
    }

    // Not [InlineData]: xunit's test names cannot carry a lone surrogate, and would change the string.
    [Fact]
    public void IndexOf_Examples()
    {
        Assert.Equal(-1, ForbiddenCharacters.IndexOf("Møte i Tromsø 😀 i dag"));
        Assert.Equal(2, ForbiddenCharacters.IndexOf("ok\u000bikke"));
        Assert.Equal(16, ForbiddenCharacters.IndexOf("par \ud83d\ude00 så ensom \ud83d"));
        Assert.Equal(0, ForbiddenCharacters.IndexOf("\ude00"));
    }

    // The rule, one character at a time, as it was written before the search was vectorized.
    private static int CharByChar(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (ForbiddenCharacters.IsForbidden(text[i]) || char.IsSurrogate(text[i]))
                return i;
        }
        return -1;
    }
}
