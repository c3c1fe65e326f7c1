using SiteGen.Diagnostics;

namespace SiteGen.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void ToImmutable_MixedOrder_SortsByFileLineColumn()
    {
        var bag = new DiagnosticBag();
        bag.Error("SG1", "c", new SourceLocation("b.md", 1, 1));
        bag.Error("SG1", "b", new SourceLocation("a.md", 2, 5));
        bag.Error("SG1", "a", new SourceLocation("a.md", 2, 1));
        bag.Error("SG1", "none", null);

        Assert.Equal(["none", "a", "b", "c"], bag.ToImmutable().Select(d => d.Message));
    }

    [Fact]
    public void ToImmutable_SameDiagnosticTwice_ReportsItOnce()
    {
        var bag = new DiagnosticBag();
        bag.Error("SG3003", "x not found", new SourceLocation("theme/templates/layout.sbn", 3, 4));
        bag.Error("SG3003", "x not found", new SourceLocation("theme/templates/layout.sbn", 3, 4));
        bag.Error("SG3003", "y not found", new SourceLocation("theme/templates/layout.sbn", 3, 4));

        Assert.Equal(2, bag.ToImmutable().Length);
    }

    [Fact]
    public void HasErrors_OnlyWarnings_IsFalse()
    {
        var bag = new DiagnosticBag();
        bag.Warning("SG1012", "w", null);

        Assert.False(bag.HasErrors);
        bag.Error("SG1001", "e", null);
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void ToString_WithAndWithoutLocation_UsesCanonicalForm()
    {
        Assert.Equal("input/news/a.md(4,7): error SG1002: bad", new Diagnostic(Severity.Error, "SG1002", "bad", new SourceLocation("input/news/a.md", 4, 7)).ToString());
        Assert.Equal("sitegen: warning SG1012: soon", new Diagnostic(Severity.Warning, "SG1012", "soon", null).ToString());
    }
}
