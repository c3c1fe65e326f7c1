using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// YAML features that crashed or exploded the build (issue 12, class 1): tags, %TAG directives,
/// aliases that refer to themselves, alias bombs, and nesting deep enough to overflow the stack.
/// Each is refused at its line in every kind of YAML file, with exit 1, within the time limit.
/// </summary>
public sealed class HostileYamlTests
{
    private const string News = "input/news/sak.md";

    private static string Front(string lines) => $"---\ntitle: Sak\ndate: 2022-11-01\n{lines}\n---\nTekst\n";

    /// <summary>Ten anchors, each a list of ten of the one before: 10^10 values once expanded.</summary>
    private static string AliasBomb(string indent = "")
    {
        var lines = new List<string> { $"{indent}a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 10; i++)
            lines.Add($"{indent}a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        return string.Join("\n", lines);
    }

    public static TheoryData<string, string, string, string> FrontMatter => new()
    {
        // name, front matter lines after title and date (line 4 on), expected position, code
        { "tag with brackets", "summary: !![](bilde.png)'x", "(4,", "SG1001" },
        { "verbatim tag", "summary: !<[]x> y", "(4,", "SG1001" },
        { "tag on extra key", "extra: !![]x y", "(4,", "SG1001" },
        { "known tag", "summary: !!str x", "(4,10)", "SG1001" },
        { "self-referencing anchor", "extra: &l [*l]", "(4,12)", "SG1001" },
        { "self-referencing mapping", "extra: &m {a: *m}", "(4,15)", "SG1001" },
        { "alias bomb", AliasBomb(), "(", "SG1001" },
        { "deep block list", "extra:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x", "(5,", "SG1001" },
        { "deep flow list", "extra: " + new string('[', 40_000) + new string(']', 40_000), "(4,", "SG1001" },
    };

    [Theory]
    [MemberData(nameof(FrontMatter))]
    public void Build_HostileFrontMatter_FailsAtItsLine(string name, string lines, string position, string code)
    {
        using var site = new TestSite((News, Front(lines)));

        var outcome = HostileBuild.Fails(site, News + position, code);

        Assert.False(string.IsNullOrEmpty(name));
        Assert.Contains("sak.md", outcome.Stderr);
    }

    [Fact]
    public void Build_TagDirectiveInDeadlines_FailsAtItsLine()
    {
        using var site = new TestSite(("input/data/deadlines.yml", "%TAG !e! tag:example.com,2000:[]\n---\n- id: frist\n  title: Frist\n  date: 2022-12-02\n"));

        HostileBuild.Fails(site, "input/data/deadlines.yml(1,", "SG1001");
    }

    [Fact]
    public void Build_ValidTagDirectiveInDeadlines_IsRefusedToo()
    {
        using var site = new TestSite(("input/data/deadlines.yml", "%TAG !e! tag:example.com,2000:\n---\n- id: frist\n  title: Frist\n  date: 2022-12-02\n"));

        HostileBuild.Fails(site, "input/data/deadlines.yml(", "SG1001");
    }

    [Fact]
    public void Build_DeepListInDeadlines_FailsWithoutStackOverflow()
    {
        using var site = new TestSite(("input/data/deadlines.yml", string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n"));

        HostileBuild.Fails(site, "input/data/deadlines.yml(1,", "SG1001");
    }

    [Fact]
    public void Build_AliasBombInSiteYml_FailsAtItsLine()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig + "\n" + AliasBomb()));

        HostileBuild.Fails(site, "input/site.yml(", "SG1001");
    }

    [Fact]
    public void Build_SelfReferenceInSiteYml_FailsAtItsLine()
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig + "\nextra: &l [*l]\n"));
        var line = TestSite.MinimalConfig.Split('\n').Length + 1;

        HostileBuild.Fails(site, $"input/site.yml({line},12)", "SG1001");
    }

    [Fact]
    public void Build_SelfReferenceInPdfSidecar_FailsAtItsLine()
    {
        using var site = new TestSite(
            ("input/files/notat.txt", "notat"),
            ("input/files/notat.txt.yml", "title: Notat\nextra: &l [*l]\n"),
            ("input/pages/om.md", "---\ntitle: Om\n---\nLes [notatet](/files/notat.txt).\n"));

        HostileBuild.Fails(site, "input/files/notat.txt.yml(2,12)", "SG1001");
    }

    [Fact]
    public void Build_SelfReferenceInThemeTexts_FailsAtItsLine()
    {
        using var site = new TestSite();
        var theme = site.CopyTheme();
        var texts = Path.Combine(theme, "i18n", "nb.yml");
        var line = File.ReadAllText(texts).TrimEnd('\n').Split('\n').Length + 1;
        File.WriteAllText(texts, File.ReadAllText(texts).TrimEnd('\n') + "\nfiendtlig: &l {a: *l}\n");

        HostileBuild.Fails(site, $"theme/i18n/nb.yml({line},", "SG1001", theme: theme);
    }

    [Fact]
    public void Build_AliasesWithinLimits_StillWork()
    {
        using var site = new TestSite((News, Front("extra: &e [en, to]\nother: *e")));

        var result = site.Build();

        result.AssertSucceeded();
    }
}
