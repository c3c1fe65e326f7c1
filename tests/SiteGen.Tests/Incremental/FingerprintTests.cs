using SiteGen.Incremental;
using SiteGen.Output;
using Xunit;

namespace SiteGen.Tests.Incremental;

/// <summary>A cached step is skipped when its inputs' fingerprint is unchanged, so everything a step reads must change it.</summary>
public sealed class FingerprintTests
{
    [Fact]
    public void Of_TupleWithOtherBytes_Differs() =>
        Assert.NotEqual(Fingerprint.Of(("layout.sbn", new byte[] { 1, 2 })), Fingerprint.Of(("layout.sbn", new byte[] { 1, 3 })));

    [Fact]
    public void Of_ListInsideATuple_IsReadItemByItem() =>
        Assert.NotEqual(Fingerprint.Of((1, new List<string> { "a" })), Fingerprint.Of((1, new List<string> { "b" })));

    [Fact]
    public void Of_RecordOfThisProgram_IsReadMemberByMember()
    {
        Assert.Equal(Fingerprint.Of(new OutputFile("a.html", [1], "x.md")), Fingerprint.Of(new OutputFile("a.html", [1], "x.md")));
        Assert.NotEqual(Fingerprint.Of(new OutputFile("a.html", [1], "x.md")), Fingerprint.Of(new OutputFile("a.html", [2], "x.md")));
    }

    [Fact]
    public void Of_SameTextsSplitDifferently_Differs() =>
        Assert.NotEqual(Fingerprint.Of("ab", "c"), Fingerprint.Of("a", "bc"));
}
