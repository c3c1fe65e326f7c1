using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>One test per kind of mistake in a single content file: the code, file, line and column an editor sees.</summary>
public sealed class ContentErrorTests
{
    private const string File = "input/news/sak.md";

    private static BuildResult BuildNews(string text)
    {
        using var site = new TestSite(("input/news/sak.md", text));
        return site.Build();
    }

    [Fact]
    public void Build_MissingTitle_ReportsSG1003()
    {
        var result = BuildNews("---\ndate: 2022-10-01\n---\nTekst.\n");

        var error = result.AssertOnlyError(DiagnosticCodes.MissingKey, File, 2, 1);
        Assert.Equal("'title' is required", error.Message);
    }

    [Fact]
    public void Build_EmptyTitle_ReportsSG1004AtValue()
    {
        var result = BuildNews("---\ntitle: \"  \"\ndate: 2022-10-01\n---\n");

        result.AssertOnlyError(DiagnosticCodes.WrongType, File, 2, 8);
    }

    [Fact]
    public void Build_MissingDate_ReportsSG1003()
    {
        var result = BuildNews("---\ntitle: A\n---\n");

        var error = result.AssertOnlyError(DiagnosticCodes.MissingKey, File, 2, 1);
        Assert.Equal("'date' is required", error.Message);
    }

    [Fact]
    public void Build_NorwegianDate_ReportsSG1002OnDateLineWithHint()
    {
        var result = BuildNews("---\ntitle: A\nsummary: B\ndate: 30.12.2022\n---\n");

        var error = result.AssertOnlyError(DiagnosticCodes.InvalidDate, File, 4, 7);
        Assert.Equal("'date': '30.12.2022' is not in the form YYYY-MM-DD; write 2022-12-30", error.Message);
    }

    [Fact]
    public void Build_ImpossibleDate_ReportsSG1002()
    {
        var result = BuildNews("---\ntitle: A\ndate: 2022-02-30\n---\n");

        result.AssertOnlyError(DiagnosticCodes.InvalidDate, File, 3, 7);
    }

    [Fact]
    public void Build_InvalidPublishDate_ReportsSG1002()
    {
        var result = BuildNews("---\ntitle: A\ndate: 2022-10-01\npublishDate: snart\n---\n");

        result.AssertOnlyError(DiagnosticCodes.InvalidDate, File, 4, 14);
    }

    [Fact]
    public void Build_FrontMatterNotClosed_ReportsSG1005AtFirstLine()
    {
        var result = BuildNews("---\ntitle: A\ndate: 2022-10-01\n\nTekst uten slutt på front matter.\n");

        var error = result.AssertOnlyError(DiagnosticCodes.FrontMatterNotClosed, File, 1, 1);
        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public void Build_NoFrontMatter_ReportsSG1003()
    {
        var result = BuildNews("# Bare tekst\n");

        var error = result.AssertOnlyError(DiagnosticCodes.MissingKey, File, 1, 1);
        Assert.Contains("front matter", error.Message);
    }

    [Fact]
    public void Build_YamlSyntaxError_IsPositionedInTheRealFile()
    {
        // The YAML starts on line 2 of the file; the colon inside the unquoted summary is on line 4, column 14.
        var result = BuildNews("---\ntitle: A\ndate: 2022-10-01\nsummary: Merk: dette\n---\n");

        var error = result.AssertOnlyError(DiagnosticCodes.YamlSyntax, File, 4, 14);
        Assert.StartsWith("invalid YAML: ", error.Message);
    }

    [Fact]
    public void Build_UnclosedBracket_ReportsSG1001OnItsLineInsteadOfCrashing()
    {
        // YamlDotNet throws InvalidOperationException here rather than a YamlException.
        var result = BuildNews("---\ntitle: A\ndate: 2022-10-01\ntags: [a, b\nsummary: x\n---\n");

        var error = result.AssertOnlyError(DiagnosticCodes.YamlSyntax, File, 4);
        Assert.Contains("left open", error.Message);
    }

    [Fact]
    public void Build_BadIndentation_ReportsSG1001OnItsLine()
    {
        var result = BuildNews("---\ntitle: A\ndate: 2022-10-01\n  summary: x\n---\n");

        result.AssertOnlyError(DiagnosticCodes.YamlSyntax, File, 4);
    }

    [Fact]
    public void Build_TabIndentation_ReportsSG1001SayingUseSpaces()
    {
        var result = BuildNews("---\ntitle: A\ndate: 2022-10-01\ntags:\n\t- a\n---\n");

        var error = result.AssertOnlyError(DiagnosticCodes.YamlSyntax, File, 5);
        Assert.Contains("tab", error.Message);
        Assert.Contains("use spaces", error.Message);
    }

    [Fact]
    public void Build_DuplicateKey_ReportsSG1001AtSecondKey()
    {
        var result = BuildNews("---\ntitle: A\ndate: 2022-10-01\ntitle: B\n---\n");

        var error = result.AssertOnlyError(DiagnosticCodes.YamlSyntax, File, 4, 1);
        Assert.Contains("title", error.Message);
    }

    [Fact]
    public void Build_TitleAsList_ReportsSG1004AtValue()
    {
        var result = BuildNews("---\ntitle:\n  - A\n  - B\ndate: 2022-10-01\n---\n");

        var error = result.AssertOnlyError(DiagnosticCodes.WrongType, File, 3, 3);
        Assert.Equal("'title' must be text, found a list", error.Message);
    }

    [Fact]
    public void Build_TagsAsMapping_ReportsSG1004()
    {
        var result = BuildNews("---\ntitle: A\ndate: 2022-10-01\ntags:\n  a: b\n---\n");

        result.AssertOnlyError(DiagnosticCodes.WrongType, File, 5, 3);
    }

    [Fact]
    public void Build_DraftNotBoolean_ReportsSG1004()
    {
        var result = BuildNews("---\ntitle: A\ndate: 2022-10-01\ndraft: kanskje\n---\n");

        result.AssertOnlyError(DiagnosticCodes.WrongType, File, 4, 8);
    }

    [Fact]
    public void Build_InvalidSlug_ReportsSG1007WithSuggestion()
    {
        var result = BuildNews("---\ntitle: A\ndate: 2022-10-01\nslug: Min Sak\n---\n");

        var error = result.AssertOnlyError(DiagnosticCodes.InvalidSlug, File, 4, 7);
        Assert.Contains("'min-sak'", error.Message);
    }

    [Fact]
    public void Build_InvalidUtf8_ReportsSG1006AtLine()
    {
        using var site = new TestSite();
        site.WriteBytes("input/news/sak.md", [.. "---\ntitle: A\ndate: 2022-10-01\n---\nSk"u8, 0xF8, .. "ld\n"u8]);

        var result = site.Build();

        result.AssertOnlyError(DiagnosticCodes.InvalidText, File, 5, 3);
    }

    [Fact]
    public void Build_PageMenuNotNumber_ReportsSG1004InPageFile()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\nmenu: først\n---\n"));

        var result = site.Build();

        result.AssertOnlyError(DiagnosticCodes.WrongType, "input/pages/om.md", 3, 7);
    }

    [Fact]
    public void Build_TwoBadFiles_ReportsBothErrors()
    {
        // Arrange
        using var site = new TestSite(
            ("input/news/a.md", "---\ndate: 2022-10-01\n---\n"),
            ("input/news/b.md", "---\ntitle: B\ndate: 1.10.2022\n---\n"),
            ("input/pages/c.md", "---\ntitle: [C\n---\n"));

        // Act
        var result = site.Build();

        // Assert
        Assert.Equal(3, result.Errors.Count());
        result.AssertError(DiagnosticCodes.MissingKey, "input/news/a.md", 2);
        result.AssertError(DiagnosticCodes.InvalidDate, "input/news/b.md", 3);
        result.AssertError(DiagnosticCodes.YamlSyntax, "input/pages/c.md", 3);
    }

    [Fact]
    public void Build_SeveralMistakesInOneFile_ReportsEach()
    {
        var result = BuildNews("---\ntitle: [A, B]\ndate: 2022-13-01\ndraft: kanskje\n---\n");

        Assert.Equal(3, result.Errors.Count());
        result.AssertError(DiagnosticCodes.WrongType, File, 2);
        result.AssertError(DiagnosticCodes.InvalidDate, File, 3);
        result.AssertError(DiagnosticCodes.WrongType, File, 4);
    }
}
