using SiteGen.Diagnostics;
using SiteGen.Documents;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Documents;

public sealed class PdfInspectorTests
{
    private static readonly SourceLocation Where = SourceLocation.StartOf("input/files/x.pdf");

    [Fact]
    public void Inspect_GeneratedPdf_PagesAndTitleButNoLanguageOrTags()
    {
        var diagnostics = new DiagnosticBag();

        var facts = PdfInspector.Inspect(TestPdf.Make(pages: 3, title: "Årsrapport"), Where, diagnostics);

        Assert.NotNull(facts);
        Assert.Equal(3, facts.Pages);
        Assert.Equal("Årsrapport", facts.Title);
        Assert.Null(facts.Language);
        Assert.False(facts.Tagged);
        Assert.Empty(diagnostics.ToImmutable());
    }

    [Fact]
    public void Inspect_PdfWithoutTitle_TitleIsNull()
    {
        var facts = PdfInspector.Inspect(TestPdf.Make(), Where, new DiagnosticBag());

        Assert.Null(facts!.Title);
    }

    [Fact]
    public void Inspect_TaggedPdf_LanguageAndTagsRead()
    {
        var facts = PdfInspector.Inspect(TestPdf.Tagged(), Where, new DiagnosticBag());

        Assert.NotNull(facts);
        Assert.Equal(2, facts.Pages);
        Assert.Equal("nb-NO", facts.Language);
        Assert.True(facts.Tagged);
        Assert.NotNull(facts.Title);
    }

    [Theory]
    [InlineData("not a pdf at all")]
    [InlineData("%PDF-1.7\n1 0 obj\n<< /Type /Catalog")]
    public void Inspect_CorruptFile_WarningNotException(string content)
    {
        var diagnostics = new DiagnosticBag();

        var facts = PdfInspector.Inspect(System.Text.Encoding.ASCII.GetBytes(content), Where, diagnostics);

        Assert.Null(facts);
        var warning = Assert.Single(diagnostics.ToImmutable());
        Assert.False(warning.IsError);
        Assert.Equal(DiagnosticCodes.UnreadableDocument, warning.Code);
        Assert.Equal(Where, warning.Location);
    }

    [Fact]
    public void Inspect_TruncatedPdf_WarningNotException()
    {
        var pdf = TestPdf.Make(pages: 2);
        var diagnostics = new DiagnosticBag();

        PdfInspector.Inspect(pdf[..(pdf.Length / 3)], Where, diagnostics);

        Assert.All(diagnostics.ToImmutable(), d => Assert.False(d.IsError));
    }
}
