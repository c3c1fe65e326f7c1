using SiteGen.Documents;

namespace SiteGen.Tests.Documents;

public sealed class FileSizeTextTests
{
    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(900, "900 B")]
    [InlineData(999, "999 B")]
    [InlineData(1000, "1 kB")]           // SI: 1 kB is 1000 bytes
    [InlineData(1024, "1 kB")]
    [InlineData(1499, "1 kB")]
    [InlineData(1500, "2 kB")]           // half rounds up
    [InlineData(30_000, "30 kB")]
    [InlineData(446_499, "446 kB")]
    [InlineData(446_500, "447 kB")]
    [InlineData(999_499, "999 kB")]
    [InlineData(999_500, "1 MB")]        // would round to 1000 kB: the next unit instead
    [InlineData(1_000_000, "1 MB")]
    [InlineData(1_049_999, "1 MB")]
    [InlineData(1_050_000, "1,1 MB")]    // Norwegian decimal comma
    [InlineData(1_249_999, "1,2 MB")]
    [InlineData(1_250_000, "1,3 MB")]
    [InlineData(9_949_999, "9,9 MB")]
    [InlineData(9_950_000, "10 MB")]     // whole numbers from 10
    [InlineData(123_456_789, "123 MB")]
    [InlineData(999_500_000, "1 GB")]
    [InlineData(2_500_000_000, "2,5 GB")]
    public void Format_Bytes_NorwegianSiText(long bytes, string expected)
    {
        Assert.Equal(expected, FileSizeText.Format(bytes));
    }
}
