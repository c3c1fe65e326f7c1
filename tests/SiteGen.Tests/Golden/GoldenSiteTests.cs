using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Golden;

/// <summary>
/// Each tests/fixtures/sites/&lt;case&gt;/input builds, with the repository theme and a fixed clock, to
/// exactly the files in expected/. SITEGEN_UPDATE_GOLDEN=1 rewrites expected/.
/// </summary>
public sealed class GoldenSiteTests
{
    public static TheoryData<string> Sites() =>
        [.. Directory.GetDirectories(RepoPaths.Fixture("sites")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    private static BuildResult Build(string site)
    {
        var root = RepoPaths.Fixture("sites", site);
        return SiteBuilder.Build(new BuildOptions(Path.Combine(root, "input"), RepoPaths.Theme, TestSite.DefaultNow, DisplayRoot: root, UseGitHistory: false));
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Build_FixtureSite_MatchesExpectedTree(string site)
    {
        // Act
        var result = Build(site);

        // Assert
        result.AssertSucceeded();
        Assert.Empty(result.Warnings);
        GoldenTree.AssertMatches(RepoPaths.Fixture("sites", site, "expected"), result.Files);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Build_Twice_GivesIdenticalBytes(string site)
    {
        var first = Build(site);
        var second = Build(site);

        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        foreach (var (a, b) in first.Files.Zip(second.Files))
            Assert.True(a.Content.AsSpan().SequenceEqual(b.Content), $"{a.Path} differs between two builds");
    }

    [Fact]
    public void Build_BasicSite_PublishesThePdfUnchanged()
    {
        var result = Build("basic");

        var pdf = result.File("files/brosjyre.pdf");
        Assert.NotNull(pdf);
        Assert.Equal(File.ReadAllBytes(RepoPaths.Fixture("sites", "basic", "input", "files", "brosjyre.pdf")), pdf.Content);
        Assert.Null(result.File("files/brosjyre.pdf.yml"));
    }
}
