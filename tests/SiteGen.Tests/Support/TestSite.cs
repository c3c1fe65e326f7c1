using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Output;

namespace SiteGen.Tests.Support;

/// <summary>
/// An inline mini-site in a temporary folder: declare the files a test needs, build with a fixed
/// clock and the repository's theme, then look at the result.
/// </summary>
public sealed class TestSite : IDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2022, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public const string MinimalConfig = """
        title: Testsiden
        description: En side for tester.
        base_url: https://test.example/
        language: nb
        time_zone: Europe/Oslo
        owner: Testbiblioteket
        news_per_page: 10
        audiences:
          folkebibliotek: Folkebibliotek
          skolebibliotek: Skolebibliotek
        accessibility_statement: https://tilsyn.example/erklaering
        menu:
          - title: Forside
            url: /
          - title: Aktuelt
            url: /aktuelt/
        """;

    public TestSite(params (string Path, string Content)[] files)
    {
        Root = Directory.CreateTempSubdirectory("sitegen-test-").FullName;
        if (!files.Any(f => f.Path == "input/site.yml"))
            Write("input/site.yml", MinimalConfig);
        foreach (var (path, content) in files)
            Write(path, content);
    }

    public string Root { get; }
    public string InputDir => Path.Combine(Root, "input");
    public string OutputDir => Path.Combine(Root, "output");

    public void Write(string path, string content) => WriteBytes(path, System.Text.Encoding.UTF8.GetBytes(content));

    public void WriteBytes(string path, byte[] content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    /// <summary>Copies the input/ of a site under tests/fixtures/sites into this site's input/, for tests that edit it.</summary>
    public void CopyFixture(string name)
    {
        var source = RepoPaths.Fixture("sites", name, "input");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            WriteBytes(Path.Combine("input", Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
    }

    /// <summary>Copies the repository's theme into the site as theme/, for tests that change a template; returns its path.</summary>
    public string CopyTheme()
    {
        var target = Path.Combine(Root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }

    public BuildOptions Options(DateTimeOffset? now = null, bool drafts = false, string? baseUrl = null, string? theme = null) =>
        new(InputDir, theme ?? RepoPaths.Theme, now ?? DefaultNow, baseUrl, drafts, DisplayRoot: Root);

    public BuildResult Build(DateTimeOffset? now = null, bool drafts = false, string? baseUrl = null, string? theme = null) =>
        SiteBuilder.Build(Options(now, drafts, baseUrl, theme));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}

public static class BuildResultExtensions
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Parses an output HTML file with AngleSharp; fails the test when the file is missing.</summary>
    public static IDocument Html(this BuildResult result, string path)
    {
        var file = result.File(path) ?? throw new Xunit.Sdk.XunitException(
            $"no output file '{path}'; have: {string.Join(", ", result.Files.Select(f => f.Path))}\n{string.Join("\n", result.Diagnostics)}");
        return Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
    }

    public static string Text(this BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString((result.File(path) ?? throw new Xunit.Sdk.XunitException($"no output file '{path}'")).Content);

    public static void AssertSucceeded(this BuildResult result) =>
        Assert.True(result.Succeeded, "build failed:\n" + string.Join("\n", result.Diagnostics));
}
