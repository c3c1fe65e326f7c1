using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Tests.Yaml;

public sealed class YamlSourceTests
{
    private static Diagnostic ParseError(string yaml, int firstLine = 2)
    {
        var diagnostics = new DiagnosticBag();
        var node = new YamlSource("input/news/a.md", firstLine).Parse(yaml, diagnostics);
        Assert.Null(node);
        return Assert.Single(diagnostics.ToImmutable());
    }

    [Fact]
    public void Parse_SyntaxError_IsShiftedByFirstLine()
    {
        var error = ParseError("title: A\nsummary: Merk: dette", firstLine: 5);

        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation("input/news/a.md", 6, 14), error.Location);
    }

    [Fact]
    public void Parse_TabIndentation_IsReportedAtTheTab()
    {
        var error = ParseError("title: A\ntags:\n  - a\n \t- b");

        Assert.Equal(new SourceLocation("input/news/a.md", 5, 2), error.Location);
        Assert.Contains("use spaces", error.Message);
    }

    [Fact]
    public void Parse_UnclosedFlowListFollowedByLines_IsAnErrorNotACrash()
    {
        var error = ParseError("title: A\ntags: [a, b\nsummary: x");

        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(3, error.Location!.Line);
    }

    [Fact]
    public void Parse_TwoDocuments_IsAnError()
    {
        var error = ParseError("title: A\n---\ntitle: B");

        Assert.Contains("more than one", error.Message);
    }

    [Fact]
    public void Parse_ValidYaml_GivesNodeWithoutDiagnostics()
    {
        var diagnostics = new DiagnosticBag();

        var node = new YamlSource("x.yml", 1).Parse("title: A\ntags: [a, b]", diagnostics);

        Assert.NotNull(node);
        Assert.Empty(diagnostics.ToImmutable());
    }
}
