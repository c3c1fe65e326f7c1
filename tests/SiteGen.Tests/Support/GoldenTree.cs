using System.Text;
using SiteGen.Output;

namespace SiteGen.Tests.Support;

/// <summary>
/// Compares a build with an expected folder file by file, byte for byte. With SITEGEN_UPDATE_GOLDEN=1 the
/// expected files are rewritten instead, for a reviewer to read in the diff. On a mismatch the actual
/// tree is written beside expected/ as actual/ (git-ignored) so that it can be diffed as a whole.
/// </summary>
public static class GoldenTree
{
    public static bool Updating => Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string expectedDir, IReadOnlyCollection<OutputFile> files)
    {
        if (Updating)
        {
            if (Directory.Exists(expectedDir))
                Directory.Delete(expectedDir, recursive: true);
            WriteTree(expectedDir, files);
            return;
        }

        var expected = Directory.Exists(expectedDir)
            ? Directory.EnumerateFiles(expectedDir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(expectedDir, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal).ToList()
            : [];
        var actual = files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        problems.AddRange(expected.Except(actual).Select(p => $"missing from the build: {p}"));
        problems.AddRange(actual.Except(expected).Select(p => $"not expected: {p}"));
        foreach (var file in files.Where(f => expected.Contains(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (FirstDifference(File.ReadAllBytes(Path.Combine(expectedDir, file.Path)), file.Content) is { } difference)
                problems.Add($"{file.Path}: {difference}");
        }
        if (problems.Count == 0)
            return;

        var actualDir = Path.Combine(Path.GetDirectoryName(expectedDir.TrimEnd(Path.DirectorySeparatorChar))!, "actual");
        if (Directory.Exists(actualDir))
            Directory.Delete(actualDir, recursive: true);
        WriteTree(actualDir, files);
        throw new Xunit.Sdk.XunitException(
            $"the build differs from {expectedDir} ({problems.Count} difference(s); the build is in {actualDir}; " +
            "run with SITEGEN_UPDATE_GOLDEN=1 to accept it):\n" + string.Join("\n", problems.Take(20)));
    }

    /// <summary>Expected lines against actual lines; with SITEGEN_UPDATE_GOLDEN=1 the expected file is rewritten.</summary>
    public static void AssertLines(string expectedFile, IReadOnlyList<string> actual)
    {
        if (Updating)
        {
            File.WriteAllText(expectedFile, string.Concat(actual.Select(l => l + "\n")));
            return;
        }
        Assert.True(File.Exists(expectedFile), $"{expectedFile} does not exist; run with SITEGEN_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(expectedFile).Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, actual.Count); i++)
        {
            var e = i < expected.Length ? expected[i] : "(no line)";
            var a = i < actual.Count ? actual[i] : "(no line)";
            if (e != a)
                throw new Xunit.Sdk.XunitException(
                    $"{expectedFile} line {i + 1} differs:\n  expected: {e}\n  actual:   {a}\nall actual lines:\n{string.Join("\n", actual)}");
        }
    }

    private static string? FirstDifference(byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual))
            return null;
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : null;
            var a = i < actualLines.Length ? actualLines[i] : null;
            if (e != a)
                return $"line {i + 1} differs\n  expected: {e ?? "(end of file)"}\n  actual:   {a ?? "(end of file)"}";
        }
        return $"bytes differ ({expected.Length} expected, {actual.Length} actual) though the text is the same";
    }

    private static void WriteTree(string root, IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }
}
