using System.Security.Cryptography;
using SiteGen.Bench.Corpus;

namespace SiteGen.Tests.Bench;

/// <summary>The benchmark's corpus: the same seed gives the same bytes, and the items have the promised shape.</summary>
public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sitegen-corpus-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Write_SameSeedTwice_GivesIdenticalBytes()
    {
        var first = Write(news: 40, seed: 7, "a");
        var second = Write(news: 40, seed: 7, "b");

        Assert.Equal(Hashes(first), Hashes(second));
        Assert.Contains("sitegen/input/news/", string.Join('\n', Hashes(first).Keys));
        Assert.Contains("hugo/content/aktuelt/", string.Join('\n', Hashes(first).Keys));
    }

    [Fact]
    public void Write_OtherSeed_GivesOtherText()
    {
        var first = Write(news: 10, seed: 1, "a");
        var second = Write(news: 10, seed: 2, "b");

        Assert.NotEqual(Hashes(first)["sitegen/input/data/deadlines.yml"], Hashes(second)["sitegen/input/data/deadlines.yml"]);
    }

    [Fact]
    public void Items_HaveTheWordCountsLinksAndDeadlinesTheBenchmarkPromises()
    {
        var corpus = new CorpusGenerator(news: 200, seed: 1);
        var items = corpus.Items().ToList();

        Assert.All(items, item => Assert.InRange(NorwegianText.WordCount(item.Body), 400, 700));
        Assert.Equal(200, items.Select(i => i.Slug).Distinct().Count());
        Assert.Contains(items, i => i.Body.Contains("](/aktuelt/", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Body.Contains("](/files/dokument-", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Body.Contains("| --- |", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Body.Contains("\n## ", StringComparison.Ordinal) || i.Body.StartsWith("## ", StringComparison.Ordinal));
        Assert.Equal(20, corpus.Deadlines().Count());
    }

    [Fact]
    public void SiteGen_BuildsTheCorpusWithoutErrors()
    {
        var dir = Write(news: 30, seed: 3, "site");

        var result = SiteBuilder.Build(new BuildOptions(Path.Combine(dir, "sitegen", "input"), Support.RepoPaths.Theme,
            new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), UseGitHistory: false));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // PdfPig's builder cannot write a language or tags, so only those two PDF warnings may remain.
        Assert.DoesNotContain(result.Warnings, w => w.Code is not ("SG1103" or "SG1104"));
        Assert.Equal(30, result.Model!.News.Length);
        Assert.Equal(3, result.Model.Deadlines.Length);
    }

    private string Write(int news, int seed, string name)
    {
        var dir = Path.Combine(root, name);
        var corpus = new CorpusGenerator(news, seed);
        SiteGenLayout.Write(corpus, Path.Combine(dir, "sitegen", "input"));
        HugoLayout.Write(corpus, Path.Combine(dir, "hugo"));
        return dir;
    }

    private static Dictionary<string, string> Hashes(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose()
    {
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
    }
}
