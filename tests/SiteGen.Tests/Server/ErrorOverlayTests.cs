using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Server;

namespace SiteGen.Tests.Server;

public sealed class ErrorOverlayTests
{
    [Fact]
    public void Render_EscapesMessagesAndSource()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-overlay-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "input"));
            File.WriteAllText(Path.Combine(root, "input", "a.md"), "<b>en</b>\n<script>to()</script>\n");
            var error = new Diagnostic(Severity.Error, "SG1001", new("bad '<img src=x onerror=alert(1)>'", "dårlig «<img src=x onerror=alert(1)>»"), new SourceLocation("input/a.md", 2, 1));

            foreach (var (language, message) in new[] { (MessageLanguage.Nb, "SG1001: dårlig «<img src=x onerror=alert(1)>»"), (MessageLanguage.En, "SG1001: bad '<img src=x onerror=alert(1)>'") })
            {
                var html = ErrorOverlay.Render([error], new SourceExcerpt(root, [Path.Combine(root, "input")]), language);
                var overlay = new HtmlParser().ParseDocument("<body>" + html).GetElementById("sitegen-errors")!;

                Assert.Empty(overlay.QuerySelectorAll("b, script, img"));
                Assert.Equal(message, overlay.QuerySelector(".sitegen-message")!.TextContent);
                Assert.Equal("input/a.md(2,1)", overlay.QuerySelector(".sitegen-location")!.TextContent);
                Assert.Equal("2 | <script>to()</script>", overlay.QuerySelector("mark")!.TextContent);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void SourceExcerpt_FileOutsideTheSiteFolders_IsNotRead()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-overlay-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "hemmelig.txt"), "HEMMELIG\n");
            var excerpts = new SourceExcerpt(Path.Combine(root, "input"), [Path.Combine(root, "input")]);

            Assert.Empty(excerpts.Read(new SourceLocation("../hemmelig.txt", 1, 1)));
            Assert.Empty(excerpts.Read(new SourceLocation(Path.Combine(root, "hemmelig.txt"), 1, 1)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Render_ManyErrors_ShowsTheFirstFiftyAndSaysHowManyMore()
    {
        var errors = Enumerable.Range(1, 60).Select(i => new Diagnostic(Severity.Error, "SG1002", new($"error {i}", $"feil {i}"), null)).ToList();

        var overlay = new HtmlParser().ParseDocument("<body>" + ErrorOverlay.Render(errors, new SourceExcerpt("/", []))).GetElementById("sitegen-errors")!;

        Assert.Equal(ErrorOverlay.MaxShown, overlay.QuerySelectorAll(".sitegen-error").Length);
        Assert.Contains("60 feil", overlay.QuerySelector("summary")!.TextContent);
        Assert.Contains("10 til", overlay.TextContent);
        Assert.Equal("SG1002: feil 1", overlay.QuerySelector(".sitegen-message")!.TextContent);
    }

    [Fact]
    public void Render_English_SaysEverythingInEnglish()
    {
        var errors = Enumerable.Range(1, 60).Select(i => new Diagnostic(Severity.Error, "SG1002", new($"error {i}", $"feil {i}"), null)).ToList();

        var overlay = new HtmlParser().ParseDocument("<body>" + ErrorOverlay.Render(errors, new SourceExcerpt("/", []), MessageLanguage.En)).GetElementById("sitegen-errors")!;

        Assert.Equal("en", overlay.GetAttribute("lang"));
        Assert.Contains("60 errors", overlay.QuerySelector("summary")!.TextContent);
        Assert.Contains("10 more", overlay.TextContent);
        Assert.Contains("Fix the file", overlay.TextContent);
        Assert.Equal("SG1002: error 1", overlay.QuerySelector(".sitegen-message")!.TextContent);
    }

    [Fact]
    public void Render_Norwegian_IsMarkedAsNorwegianAndSaysHowToFix()
    {
        var error = new Diagnostic(Severity.Error, "SG1002", new("bad", "ugyldig"), new SourceLocation("input/news/a.md", 3, 7));

        var overlay = new HtmlParser().ParseDocument("<body>" + ErrorOverlay.Render([error], new SourceExcerpt("/", []))).GetElementById("sitegen-errors")!;

        Assert.Equal("nb", overlay.GetAttribute("lang"));
        Assert.Contains("1 feil", overlay.QuerySelector("summary")!.TextContent);
        Assert.Contains("Rett filen og lagre den", overlay.TextContent);
        Assert.Equal("input/news/a.md(3,7)", overlay.QuerySelector(".sitegen-location")!.TextContent);
    }

    [Fact]
    public void Crash_ShowsTheFailureEscapedAndHowToGoOn()
    {
        var html = ErrorOverlay.Crash(new InvalidOperationException("<img src=x onerror=alert(1)>"));
        var overlay = new HtmlParser().ParseDocument("<body>" + html).GetElementById("sitegen-errors")!;

        Assert.Equal("alert", overlay.GetAttribute("role"));
        Assert.Empty(overlay.QuerySelectorAll("img"));
        Assert.Equal("Feilen: InvalidOperationException: <img src=x onerror=alert(1)>", overlay.QuerySelector(".sitegen-crash")!.TextContent);
        Assert.Contains("lagre igjen", overlay.TextContent);
    }

    [Fact]
    public void Render_SourceLines_EachEndWithANewline()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-overlay-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "input"));
            File.WriteAllText(Path.Combine(root, "input", "a.md"), "en\nto\ntre\n");
            var error = new Diagnostic(Severity.Error, "SG1002", new("bad", "feil"), new SourceLocation("input/a.md", 2, 1));

            var html = ErrorOverlay.Render([error], new SourceExcerpt(root, [Path.Combine(root, "input")]));
            var source = new HtmlParser().ParseDocument("<body>" + html).QuerySelector("pre")!;

            Assert.Equal("1 | en\n2 | to\n3 | tre\n", source.TextContent);
            Assert.Equal("2 | to", source.QuerySelector("mark")!.TextContent);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task SourceExcerpt_Pipe_IsNotReadAndDoesNotBlock()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return; // named pipes in the file system are POSIX
        var root = Directory.CreateTempSubdirectory("sitegen-overlay-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "input"));
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(root, "input", "pipe.md")]))
                mkfifo.WaitForExit();
            var excerpts = new SourceExcerpt(root, [Path.Combine(root, "input")]);

            var read = Task.Run(() => excerpts.Read(new SourceLocation("input/pipe.md", 1, 1)));

            Assert.Empty(await read.WaitAsync(TimeSpan.FromSeconds(10)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
