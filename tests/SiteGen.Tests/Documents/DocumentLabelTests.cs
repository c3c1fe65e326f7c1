using SiteGen.Documents;

namespace SiteGen.Tests.Documents;

public sealed class DocumentLabelTests
{
    [Theory]
    [InlineData("files/presentasjon.pdf", 446_500L, 12, "(PDF, 12 sider, 447 kB)")]
    [InlineData("files/rapport.pdf", 1_234_567L, 12, "(PDF, 12 sider, 1,2 MB)")]
    [InlineData("files/lapp.pdf", 900L, 1, "(PDF, 1 side, 900 B)")]
    [InlineData("files/skadet.pdf", 447_000L, null, "(PDF, 447 kB)")]
    [InlineData("files/skjema.docx", 30_000L, null, "(DOCX, 30 kB)")]
    [InlineData("files/tall.xlsx", 999_500L, null, "(XLSX, 1 MB)")]
    public void Label_TypePagesAndSize(string path, long size, int? pages, string expected)
    {
        var document = new Document(path, "/" + path, "input/" + path, FileType.Of(path), size, pages, null, null, null, null, null, "", []);

        Assert.Equal(expected, document.Label);
    }

    [Fact]
    public void UrlPath_NonAsciiAndSpaces_PercentEncodedPerSegment()
    {
        var document = new Document("files/møte referat.pdf", "/files/møte referat.pdf", "input/files/møte referat.pdf", FileType.Of("x.pdf"), 1, null, null, null, null, null, null, "", []);

        Assert.Equal("/files/m%C3%B8te%20referat.pdf", document.UrlPath);
    }
}
