using System.Diagnostics;
using System.Text.Json;
using SiteGen.Output;
using SiteGen.Tests.Browser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Validation;

/// <summary>
/// Every HTML page of the real site and of the fixture site is valid HTML by the W3C Nu Html Checker
/// (vnu.jar from the npm package vnu-jar, installed by tests/run.sh, run with Java). Like the browser
/// tests, these need a tool from outside .NET; SITEGEN_SKIP_BROWSER=1 skips them in a quick local run.
/// </summary>
public sealed class HtmlValidatorTests
{
    private static string VnuJar =>
        Environment.GetEnvironmentVariable("SITEGEN_VNU_JAR") is { Length: > 0 } jar ? jar
        : Path.Combine(RepoPaths.Root, "tests", ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [BrowserFact]
    public void RealSite_EveryPageIsValidHtml() =>
        AssertValid(SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, BrowserFixture.RealSiteNow, DisplayRoot: RepoPaths.Root)));

    [BrowserFact]
    public void FixtureSite_EveryPageIsValidHtml()
    {
        var root = RepoPaths.Fixture("sites", "basic");
        AssertValid(SiteBuilder.Build(new BuildOptions(Path.Combine(root, "input"), RepoPaths.Theme, TestSite.DefaultNow, DisplayRoot: root, UseGitHistory: false)));
    }

    private static void AssertValid(BuildResult result)
    {
        result.AssertSucceeded();
        Assert.True(File.Exists(VnuJar), $"the Nu Html Checker is missing at {VnuJar}; run 'bash tests/run.sh' (it installs vnu-jar) or set SITEGEN_VNU_JAR");
        var folder = Directory.CreateTempSubdirectory("sitegen-vnu-").FullName;
        try
        {
            var pages = new List<string>();
            foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
                pages.Add(path);
            }
            var errors = Run(pages);
            Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):\n" + string.Join("\n", errors.Select(e => e.Replace(folder, ""))));
            Assert.True(pages.Count > 5);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Errors as "file:line: message"; vnu's JSON goes to standard error.</summary>
    private static List<string> Run(IEnumerable<string> pages)
    {
        var info = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", VnuJar, "--errors-only", "--format", "json" }.Concat(pages))
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("java could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var json = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        using var report = JsonDocument.Parse(json);
        return [.. report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")];
    }
}
