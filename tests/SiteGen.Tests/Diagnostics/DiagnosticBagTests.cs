using SiteGen.Diagnostics;

namespace SiteGen.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void ToImmutable_MixedOrder_SortsByFileLineColumn()
    {
        var bag = new DiagnosticBag();
        bag.Error("SG1", en: "c", nb: "c", new SourceLocation("b.md", 1, 1));
        bag.Error("SG1", en: "b", nb: "b", new SourceLocation("a.md", 2, 5));
        bag.Error("SG1", en: "a", nb: "a", new SourceLocation("a.md", 2, 1));
        bag.Error("SG1", en: "none", nb: "ingen", null);

        Assert.Equal(["none", "a", "b", "c"], bag.ToImmutable().Select(d => d.Message));
    }

    [Fact]
    public void ToImmutable_SameDiagnosticTwice_ReportsItOnce()
    {
        var bag = new DiagnosticBag();
        bag.Error("SG3003", en: "x not found", nb: "x finnes ikke", new SourceLocation("theme/templates/layout.sbn", 3, 4));
        bag.Error("SG3003", en: "x not found", nb: "x finnes ikke", new SourceLocation("theme/templates/layout.sbn", 3, 4));
        bag.Error("SG3003", en: "y not found", nb: "y finnes ikke", new SourceLocation("theme/templates/layout.sbn", 3, 4));

        Assert.Equal(2, bag.ToImmutable().Length);
    }

    [Fact]
    public void HasErrors_OnlyWarnings_IsFalse()
    {
        var bag = new DiagnosticBag();
        bag.Warning("SG1012", en: "w", nb: "w", null);

        Assert.False(bag.HasErrors);
        bag.Error("SG1001", en: "e", nb: "e", null);
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void ToString_WithAndWithoutLocation_UsesCanonicalFormInEnglish()
    {
        Assert.Equal("input/news/a.md(4,7): error SG1002: bad", new Diagnostic(Severity.Error, "SG1002", new("bad", "dårlig"), new SourceLocation("input/news/a.md", 4, 7)).ToString());
        Assert.Equal("sitegen: warning SG1012: soon", new Diagnostic(Severity.Warning, "SG1012", new("soon", "snart"), null).ToString());
    }

    [Fact]
    public void Format_EitherLanguage_ChangesOnlyTheMessage()
    {
        var error = new Diagnostic(Severity.Error, "SG1002", new("bad date", "ugyldig dato"), new SourceLocation("input/news/a.md", 4, 7));
        var warning = new Diagnostic(Severity.Warning, "SG1012", new("soon", "snart"), null);

        Assert.Equal("input/news/a.md(4,7): error SG1002: ugyldig dato", error.Format(MessageLanguage.Nb));
        Assert.Equal("input/news/a.md(4,7): error SG1002: bad date", error.Format(MessageLanguage.En));
        Assert.Equal("sitegen: warning SG1012: snart", warning.Format(MessageLanguage.Nb));
        Assert.Equal("bad date", error.Message);
        Assert.Equal("ugyldig dato", error.MessageNb);
    }

    [Fact]
    public void Default_IsNorwegian()
    {
        Assert.Equal(MessageLanguage.Nb, default);
        Assert.True(MessageLanguages.TryParse("EN", out var en));
        Assert.Equal(MessageLanguage.En, en);
        Assert.True(MessageLanguages.TryParse("nb", out var nb));
        Assert.Equal(MessageLanguage.Nb, nb);
        Assert.False(MessageLanguages.TryParse("de", out _));
    }
}
