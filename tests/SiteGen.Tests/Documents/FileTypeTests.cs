using SiteGen.Documents;

namespace SiteGen.Tests.Documents;

public sealed class FileTypeTests
{
    [Theory]
    [InlineData("rapport.pdf", "PDF", "application/pdf", true)]
    [InlineData("RAPPORT.PDF", "PDF", "application/pdf", true)]
    [InlineData("skjema.docx", "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false)]
    [InlineData("budsjett.xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false)]
    [InlineData("lysark.pptx", "PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false)]
    [InlineData("notat.odt", "ODT", "application/vnd.oasis.opendocument.text", false)]
    [InlineData("vedlegg.zip", "ZIP", "application/zip", false)]
    [InlineData("tall.csv", "CSV", "text/csv", false)]
    [InlineData("les-meg.txt", "TXT", "text/plain", true)]
    [InlineData("kart.png", "PNG", "image/png", true)]
    [InlineData("bilde.jpeg", "JPG", "image/jpeg", true)]
    [InlineData("data.xyz", "XYZ", "application/octet-stream", false)]
    [InlineData("LISENS", "fil", "application/octet-stream", false)]
    public void Of_FileName_LabelMediaTypeAndWhetherBrowsersShowIt(string name, string label, string mediaType, bool opensInBrowser)
    {
        var type = FileType.Of(name);

        Assert.Equal(label, type.Label);
        Assert.Equal(mediaType, type.MediaType);
        Assert.Equal(opensInBrowser, type.OpensInBrowser);
    }
}
