using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// The real site with one file made unreadable (a tab in its YAML) at a time, for every news item, page
/// and deadline record, and with one bad date at a time: every error is in the broken file, and no file
/// that merely links to it or names its deadlines gets an error or a new warning.
/// </summary>
public sealed partial class NoCascadeTests
{
    [GeneratedRegex(@"^- id:.*$", RegexOptions.Multiline)]
    private static partial Regex RecordStart();

    public static TheoryData<string, int, bool> Breakages()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepoPaths.Input, file).Replace('\\', '/');
            data.Add(relative, 0, false);
            if (relative.StartsWith("news/", StringComparison.Ordinal))
                data.Add(relative, 0, true);
        }
        var records = RecordStart().Matches(File.ReadAllText(Path.Combine(RepoPaths.Input, "data", "deadlines.yml"))).Count;
        for (var i = 0; i < records; i++)
        {
            data.Add("data/deadlines.yml", i, false);
            data.Add("data/deadlines.yml", i, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Build_RealSiteWithOneBrokenFile_ReportsErrorsOnlyInThatFile(string file, int record, bool badDate)
    {
        using var site = new TestSite();
        CopyInput(site.InputDir);
        var baseline = Build(site).Diagnostics.Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
        var path = Path.Combine(site.InputDir, file);
        File.WriteAllText(path, badDate ? BreakDate(File.ReadAllText(path), file, record) : Break(File.ReadAllText(path), file, record));

        var result = Build(site);

        var broken = "input/" + file;
        Assert.Contains(result.Errors, e => e.Location?.Path == broken);
        var elsewhere = result.Diagnostics.Where(d => d.Location?.Path != broken && !baseline.Contains(d.ToString())).ToList();
        Assert.True(elsewhere.Count == 0, "follow-on messages in other files:\n" + string.Join("\n", elsewhere));
    }

    private static SiteGen.BuildResult Build(TestSite site) =>
        SiteBuilder.Build(site.Options() with { UseGitHistory = false });

    /// <summary>A tab-indented line in the front matter, or in the given deadline record.</summary>
    private static string Break(string text, string file, int record)
    {
        if (file.EndsWith(".md", StringComparison.Ordinal))
            return text.StartsWith("---\n", StringComparison.Ordinal) ? "---\nbrutt:\n\t- a\n" + text[4..] : throw new InvalidOperationException(file);
        var start = RecordStart().Matches(text)[record];
        var lineEnd = text.IndexOf('\n', start.Index);
        return text[..(lineEnd + 1)] + "\t" + text[(lineEnd + 1)..].TrimStart(' ');
    }

    [GeneratedRegex(@"^(\s*)date: .*$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    /// <summary>The date of the news item, or of the given deadline record, in the Norwegian form SiteGen refuses.</summary>
    private static string BreakDate(string text, string file, int record)
    {
        var from = file.EndsWith(".md", StringComparison.Ordinal) ? 0 : RecordStart().Matches(text)[record].Index;
        var date = DateLine().Match(text, from);
        return text[..date.Index] + date.Groups[1].Value + "date: 31.02.2023" + text[(date.Index + date.Length)..];
    }

    private static void CopyInput(string target)
    {
        Directory.Delete(target, recursive: true);
        foreach (var source in Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(RepoPaths.Input, source));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(source, to);
        }
    }
}
