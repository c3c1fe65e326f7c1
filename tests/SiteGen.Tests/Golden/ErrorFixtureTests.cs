using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Golden;

/// <summary>
/// Each tests/fixtures/errors/&lt;case&gt;/input fails to build with exactly the diagnostics, one per line,
/// in expected-diagnostics.txt (English) and expected-diagnostics.nb.txt (Norwegian, what editors see):
/// messages and positions are pinned. SITEGEN_UPDATE_GOLDEN=1 rewrites them.
/// </summary>
public sealed class ErrorFixtureTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetDirectories(RepoPaths.Fixture("errors")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_ErrorFixture_ReportsExpectedDiagnostics(string name)
    {
        // Arrange
        var root = RepoPaths.Fixture("errors", name);

        // Act
        var result = SiteBuilder.Build(new BuildOptions(Path.Combine(root, "input"), RepoPaths.Theme, TestSite.DefaultNow, DisplayRoot: root, UseGitHistory: false));

        // Assert
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        GoldenTree.AssertLines(Path.Combine(root, "expected-diagnostics.txt"), [.. result.Diagnostics.Select(d => d.ToString())]);
        GoldenTree.AssertLines(Path.Combine(root, "expected-diagnostics.nb.txt"), [.. result.Diagnostics.Select(d => d.Format(MessageLanguage.Nb))]);
    }
}
