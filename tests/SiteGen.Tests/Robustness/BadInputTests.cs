using System.Text;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Every mistake an editor can make gets exit code 1, a message with file and line, and leaves the
/// previously published output/ exactly as it was.
/// </summary>
public sealed class BadInputTests
{
    private const string News = "input/news/sak.md";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, file content (for input/news/sak.md), expected code, expected position
        { "front matter not closed", "---\ntitle: A\ndate: 2022-11-01\nTekst\n", "SG1005", "(1,1)" },
        { "front matter not YAML", "---\ntitle: [uavsluttet\ndate: 2022-11-01\n---\nTekst\n", "SG1001", "(2,8)" },
        { "front matter is a list", "---\n- title\n- date\n---\nTekst\n", "SG1004", "(2,1)" },
        { "tab indentation", "---\ntitle: A\n\tdate: 2022-11-01\n---\nTekst\n", "SG1001", "(3,1)" },
        { "duplicate key", "---\ntitle: A\ntitle: B\ndate: 2022-11-01\n---\nTekst\n", "SG1001", "(3,1)" },
        { "impossible date", "---\ntitle: A\ndate: 2022-02-30\n---\nTekst\n", "SG1002", "(3,7)" },
        { "Norwegian date", "---\ntitle: A\ndate: 30.12.2022\n---\nTekst\n", "SG1002", "(3,7)" },
        { "title is a list", "---\ntitle: [a, b]\ndate: 2022-11-01\n---\nTekst\n", "SG1004", "(2,8)" },
        { "title is empty", "---\ntitle: ''\ndate: 2022-11-01\n---\nTekst\n", "SG1004", "(2,8)" },
        { "title missing", "---\ndate: 2022-11-01\n---\nTekst\n", "SG1003", "(2,1)" },
        { "NUL byte", "---\ntitle: A\ndate: 2022-11-01\n---\nTe\0kst\n", "SG1006", "(5,3)" },
        { "slug leaves the section", "---\ntitle: A\ndate: 2022-11-01\nslug: ../../etc\n---\nTekst\n", "SG1007", "(4,7)" },
        { "template leaves the theme", "---\ntitle: A\ndate: 2022-11-01\ntemplate: ../../secret\n---\nTekst\n", "SG1007", "(4,11)" },
        { "deeply nested list", "---\ntitle: A\ndate: 2022-11-01\n---\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n", "SG1016", "(5,1)" },
        { "deeply nested quote", "---\ntitle: A\ndate: 2022-11-01\n---\nIntro\n\n" + new string('>', 10_000) + " x\n", "SG1016", "(5,1)" },
        { "pathological brackets", "---\ntitle: A\ndate: 2022-11-01\n---\nIntro\n\n" + new string('[', 10_000) + new string(']', 10_000) + "\n", "SG1016", "(7,1)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_BadNewsFile_FailsWithPositionAndKeepsOutput(string name, string content, string code, string position)
    {
        using var site = new TestSite((News, content));

        var (exit, stderr) = BuildKeepingOutput(site);

        Assert.True(exit == ExitCodes.ContentErrors, $"{name}: exit {exit}\n{stderr}");
        Assert.Contains($"{News}{position}", stderr);
        Assert.Contains($"error {code}:", stderr);
        Assert.DoesNotContain("   at ", stderr); // no stack trace
    }

    [Fact]
    public void Build_InvalidUtf8_NamesLineOfTheBadByte()
    {
        using var site = new TestSite();
        site.WriteBytes(News, [.. Encoding.UTF8.GetBytes("---\ntitle: A\ndate: 2022-11-01\n---\nLinje\nNo "), 0xC3, 0x28, .. "\n"u8]);

        var (exit, stderr) = BuildKeepingOutput(site);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"{News}(6,4): error SG1006:", stderr);
        Assert.Contains("UTF-8", stderr);
    }

    [Fact]
    public void Build_FileOf50MB_IsRefusedWithoutReadingIt()
    {
        using var site = new TestSite();
        var path = Path.Combine(site.Root, News);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = File.Create(path))
            stream.SetLength(50L * 1024 * 1024);

        var (exit, stderr) = BuildKeepingOutput(site);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"{News}(1,1): error SG1011:", stderr);
    }

    [Theory]
    [InlineData("\uFEFF---\ntitle: Med BOM\ndate: 2022-11-01\n---\nTekst\n", "Med BOM")]
    [InlineData("---\r\ntitle: Med CRLF\r\ndate: 2022-11-01\r\n---\r\nTekst\r\n", "Med CRLF")]
    [InlineData("---\rtitle: Med CR\rdate: 2022-11-01\r---\rTekst\r", "Med CR")]
    public void Build_WordStyleFiles_AreReadNormally(string content, string title)
    {
        using var site = new TestSite((News, content));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Equal(title, result.Html("aktuelt/sak/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Build_SymbolicLinkOutOfInput_IsRefused()
    {
        using var site = new TestSite();
        var secret = Path.Combine(Path.GetTempPath(), $"sitegen-secret-{Guid.NewGuid():N}.md");
        File.WriteAllText(secret, "---\ntitle: Hemmelig\ndate: 2022-11-01\n---\nHemmelig\n");
        try
        {
            Directory.CreateDirectory(Path.Combine(site.InputDir, "news"));
            File.CreateSymbolicLink(Path.Combine(site.InputDir, "news", "lekkasje.md"), secret);

            var (exit, stderr) = BuildKeepingOutput(site);

            Assert.Equal(ExitCodes.ContentErrors, exit);
            Assert.Contains("input/news/lekkasje.md(1,1): error SG1009:", stderr);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Build_TwoSourcesForOnePath_NamesBoth()
    {
        using var site = new TestSite(("input/static/index.html", "<p>min egen forside</p>"));

        var (exit, stderr) = BuildKeepingOutput(site);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error SG4001:", stderr);
        Assert.Contains("input/static/index.html", stderr);
        Assert.Contains("output/index.html", stderr);
    }

    [Fact]
    public void Build_EmptyInput_SaysWhatIsMissing()
    {
        using var site = new TestSite();
        File.Delete(Path.Combine(site.InputDir, "site.yml"));

        var (exit, stderr) = BuildKeepingOutput(site);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error SG1010:", stderr);
        Assert.Contains("site.yml", stderr);
    }

    [Theory]
    [InlineData("{{ while true }}x{{ end }}", "SG3003", "(1,4)")]
    [InlineData("{{ include 'page.sbn' }}", "SG3003", "(1,")]
    [InlineData("{{ if }}", "SG3002", "(1,")]
    public void Build_BrokenTemplate_NamesTemplateFileAndLine(string template, string code, string position)
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\n---\nTekst\n"), ("input/_templates/page.sbn", template));

        var (exit, stderr) = BuildKeepingOutput(site);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"input/_templates/page.sbn{position}", stderr);
        Assert.Contains($"error {code}:", stderr);
    }

    [Fact]
    public void Build_OutputIsAFile_IsRefusedAndFileKept()
    {
        using var site = new TestSite();
        File.WriteAllText(site.OutputDir, "ikke en mappe");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = BuildCommand.Run(site.Options(), site.OutputDir, stdout, stderr, messages: MessageLanguage.En);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("is a file", stderr.ToString());
        Assert.Equal("ikke en mappe", File.ReadAllText(site.OutputDir));
    }

    [Fact]
    public void Build_OutputCannotBeCreated_ReportsWithoutTrace()
    {
        using var site = new TestSite();
        File.WriteAllText(Path.Combine(site.Root, "blokk"), "en fil");
        var stderr = new StringWriter();

        var exit = BuildCommand.Run(site.Options(), Path.Combine(site.Root, "blokk", "output"), new StringWriter(), stderr, messages: MessageLanguage.En);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("cannot write the site", stderr.ToString());
    }

    [Fact]
    public void Build_FutureNewsItem_IsAWarningNotAnError()
    {
        using var site = new TestSite((News, "---\ntitle: Fremtid\ndate: 2030-01-01\n---\nTekst\n"));

        var result = site.Build();

        result.AssertSucceeded();
        Assert.Contains(result.Warnings, w => w.Code == "SG1012" && w.Location!.Path == News);
    }

    /// <summary>Builds once cleanly into output/, then again with the site as given; returns the second run's exit code and errors.</summary>
    private static (int Exit, string Stderr) BuildKeepingOutput(TestSite site)
    {
        Directory.CreateDirectory(site.OutputDir);
        File.WriteAllText(Path.Combine(site.OutputDir, "forrige.html"), "forrige versjon");
        var before = Snapshot(site.OutputDir);
        var stderr = new StringWriter();

        var exit = BuildCommand.Run(site.Options() with { DisplayRoot = site.Root }, site.OutputDir, new StringWriter(), stderr);

        if (exit != ExitCodes.Success)
            Assert.Equal(before, Snapshot(site.OutputDir));
        return (exit, stderr.ToString());
    }

    private static string Snapshot(string dir) => string.Join("\n",
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(dir, f)}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));
}
