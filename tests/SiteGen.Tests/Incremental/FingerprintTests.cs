using System.Collections.Immutable;
using SiteGen.Incremental;
using SiteGen.Output;
using SiteGen.Rendering.Views;
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

    /// <summary>A default array cannot be read item by item; it is told apart from an empty one, whatever its item type.</summary>
    [Fact]
    public void Of_DefaultImmutableArray_DiffersFromAnEmptyOne()
    {
        Assert.Equal(Fingerprint.Of(default(ImmutableArray<int>)), Fingerprint.Of(default(ImmutableArray<int>)));
        Assert.NotEqual(Fingerprint.Of(default(ImmutableArray<int>)), Fingerprint.Of(ImmutableArray<int>.Empty));
        Assert.NotEqual(Fingerprint.Of(default(ImmutableArray<(string, DateOnly)>)), Fingerprint.Of(ImmutableArray<(string, DateOnly)>.Empty));
        Assert.NotEqual(Fingerprint.Of(default(ImmutableArray<string>)), Fingerprint.Of(ImmutableArray.Create("a")));
    }

    /// <summary>A template can tell a Scriban object from a map, and an array from a list (object.kind).</summary>
    [Fact]
    public void Of_ListsAndMapsOfOtherTypesWithTheSameItems_Differ()
    {
        Assert.NotEqual(Fingerprint.Of(new Scriban.Runtime.ScriptObject { ["a"] = "x" }), Fingerprint.Of(new Dictionary<string, object?> { ["a"] = "x" }));
        Assert.NotEqual(Fingerprint.Of(new List<int> { 1, 2 }), Fingerprint.Of(new[] { 1, 2 }));
    }

    [Fact]
    public void Of_TimesAMillisecondApart_Differ()
    {
        var time = new DateTime(2026, 1, 1, 12, 0, 0, 15, DateTimeKind.Utc);
        Assert.NotEqual(Fingerprint.Of(time), Fingerprint.Of(time.AddMilliseconds(1)));
        Assert.NotEqual(Fingerprint.Of(new DateTimeOffset(time)), Fingerprint.Of(new DateTimeOffset(time.AddMilliseconds(1))));
        Assert.NotEqual(Fingerprint.Of(TimeOnly.FromDateTime(time)), Fingerprint.Of(TimeOnly.FromDateTime(time.AddMilliseconds(1))));
        Assert.Equal(Fingerprint.Of(time), Fingerprint.Of(new DateTime(time.Ticks, DateTimeKind.Utc)));
    }

    [Fact]
    public void Of_SameTextsSplitDifferently_Differs() =>
        Assert.NotEqual(Fingerprint.Of("ab", "c"), Fingerprint.Of("a", "bc"));

    /// <summary>
    /// A page's body is hashed as it lies rather than copied in, and from 4,096 characters its hash is kept with the string:
    /// one letter changed anywhere in it still shows.
    /// </summary>
    [Theory]
    [InlineData(257)]
    [InlineData(4096)]
    [InlineData(100_000)]
    public void Of_LongTextWithOneLetterChanged_Differs(int length)
    {
        var text = new string('a', length);
        var changed = text[..(length / 2)] + "b" + text[(length / 2 + 1)..];
        Assert.Equal(Fingerprint.Of(text), Fingerprint.Of(new string('a', length)));
        Assert.NotEqual(Fingerprint.Of(text), Fingerprint.Of(changed));
        Assert.NotEqual(Fingerprint.Of(new OutputFile(text, [1], "x.md")), Fingerprint.Of(new OutputFile(changed, [1], "x.md")));
    }

    /// <summary>A record's hash is made while its holder's is, on the same thread: neither may leave its bytes in the other.</summary>
    [Fact]
    public void Of_RecordsInsideRecords_GiveTheSameFingerprintEveryTime()
    {
        static PaginationView Pages(string last) => new(1, 2, null, "/side/2/", [new PageLinkView("1", "/", true), new PageLinkView("2", last, false)]);
        var first = Fingerprint.Of(Pages("/side/2/"), "after");
        Assert.Equal(first, Fingerprint.Of(Pages("/side/2/"), "after"));
        Assert.NotEqual(first, Fingerprint.Of(Pages("/side/3/"), "after"));
        Assert.NotEqual(first, Fingerprint.Of(Pages("/side/2/"), "other"));
    }
}
