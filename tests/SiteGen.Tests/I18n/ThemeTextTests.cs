using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.I18n;

/// <summary>theme/i18n/&lt;lang&gt;.yml: texts chosen by the page's language, the fallback to Bokmål, and mistakes.</summary>
public sealed class ThemeTextTests
{
    [Fact]
    public void Text_MissingFromEnYml_FallsBackToBokmal_WithAWarningNamingTheKeyAtTheTemplateLine()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        var theme = site.CopyTheme();
        var en = Path.Combine(theme, "i18n", "en.yml");
        File.WriteAllText(en, File.ReadAllText(en).Replace("  skip_link: Skip to main content\n", ""));

        var result = site.Build(theme: theme);

        result.AssertSucceeded();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DiagnosticCodes.MissingUiString, warning.Code);
        Assert.Contains("'layout.skip_link'", warning.Message);
        Assert.Contains("theme/i18n/en.yml", warning.Message);
        Assert.Equal("theme/templates/layout.sbn", warning.Location!.Path);
        Assert.Equal(LineOf(Path.Combine(theme, "templates", "layout.sbn"), "layout.skip_link"), warning.Location.Line);
        Assert.Equal("Hopp til hovedinnholdet", result.Html("en/index.html").QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Hopp til hovedinnholdet", result.Html("index.html").QuerySelector(".skip-link")!.TextContent);
    }

    [Fact]
    public void Text_UsedInCodeAndMissingFromEnYml_FallsBackWithAWarningAtTheFile()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        var theme = site.CopyTheme();
        var en = Path.Combine(theme, "i18n", "en.yml");
        File.WriteAllText(en, File.ReadAllText(en).Replace("  status_days: In {0} days\n", ""));

        var result = site.Build(theme: theme);

        result.AssertSucceeded();
        Assert.Contains(result.Warnings, w => w.Code == DiagnosticCodes.MissingUiString && w.Message.Contains("'deadline.status_days'")
            && w.Location == SourceLocation.StartOf("theme/i18n/en.yml"));
        Assert.Equal("Om 12 dager", result.Html("en/index.html").QuerySelector(".deadline-status")!.TextContent);
    }

    [Fact]
    public void Text_NotEvenInNbYml_IsAnErrorAtTheTemplateLine()
    {
        using var site = new TestSite(
            ("input/_templates/page.sbn", "<h1>{{ item.title }}</h1>\n<p>{{ t \"page.finnes_ikke\" }}</p>\n"),
            ("input/pages/om.md", SiteFiles.Page("Om")));

        var result = site.Build();

        var error = result.AssertOnlyError(DiagnosticCodes.UnknownUiString, "input/_templates/page.sbn", 2, 7);
        Assert.Contains("'page.finnes_ikke'", error.Message);
        Assert.Contains("nb.yml", error.Message);
    }

    [Fact]
    public void Text_WithValues_FillsThemIn_AndHtmlTextsKeepTheirMarkupButEscapeTheValues()
    {
        using var site = new TestSite(
            ("input/_templates/page.sbn", "<h1>{{ item.title }}</h1>\n<p id=\"a\">{{ t \"deadline.more\" \"<b>Frist</b>\" }}</p>\n<p id=\"b\">{{ t \"subscribe.intro_html\" }}</p>\n<p id=\"c\">{{ t \"subscribe.address_for\" \"<i>alle</i>\" }}</p>\n"),
            ("input/pages/om.md", SiteFiles.Page("Om")));

        var result = site.Build();

        result.AssertSucceeded();
        var text = result.Text("om/index.html");
        Assert.Contains("<p id=\"a\">Mer om fristen: &lt;b&gt;Frist&lt;/b&gt;</p>", text);
        Assert.Contains("<strong>abonnerer</strong>", text);
        Assert.Contains("for &lt;i&gt;alle&lt;/i&gt; (kopier", text);
    }

    [Fact]
    public void TextFile_NamedAfterAnUnknownLanguage_IsAnError()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om")));
        var theme = site.CopyTheme();
        File.WriteAllText(Path.Combine(theme, "i18n", "english.yml"), "layout:\n  skip_link: Skip\n");

        var result = site.Build(theme: theme);

        result.AssertOnlyError(DiagnosticCodes.UnknownLanguage, "theme/i18n/english.yml", 1, 1);
    }

    [Fact]
    public void TextFile_WithAListWhereTextBelongs_IsAnErrorAtTheValue()
    {
        using var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om")));
        var theme = site.CopyTheme();
        File.AppendAllText(Path.Combine(theme, "i18n", "en.yml"), "extra:\n  list: [a, b]\n");
        var line = File.ReadAllLines(Path.Combine(theme, "i18n", "en.yml")).Length;

        var result = site.Build(theme: theme);

        result.AssertOnlyError(DiagnosticCodes.WrongType, "theme/i18n/en.yml", line, 9);
    }

    [Theory]
    [InlineData("nb", "aktuelt/index.html", "Aktuelt")]
    [InlineData("en", "aktuelt/index.html", "News")]
    [InlineData("en", "frister/folkebibliotek/index.html", "Deadlines for folkebibliotek")]
    [InlineData("en", "sok/index.html", "Search")]
    [InlineData("en", "dokumenter/index.html", "Documents")]
    [InlineData("en", "404.html", "Page not found")]
    public void Build_PagesTheSiteMakesItself_AreTitledInTheSitesLanguage(string language, string file, string title)
    {
        using var site = new TestSite(("input/site.yml", TestSite.MinimalConfig.Replace("language: nb", "language: " + language, StringComparison.Ordinal)));

        var page = site.Build().Html(file);

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith(title, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ThemeFiles_NbAndEn_HaveTheSameKeys_AndEveryKeyTheTemplatesUse()
    {
        var nb = Keys("nb.yml");
        var en = Keys("en.yml");
        var used = Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "templates"), "*.sbn", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "\\bt \"([a-z0-9_.]+)\"").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(nb, en);
        Assert.Empty(used.Except(nb));
        Assert.False(File.Exists(Path.Combine(RepoPaths.Theme, "i18n", "se.yml")), "se.yml needs a Sámi speaker; until then Sámi pages fall back to nb");
    }

    private static SortedSet<string> Keys(string file)
    {
        var diagnostics = new DiagnosticBag();
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "i18n", file));
        var strings = SiteGen.I18n.UiStringsLoader.Load([new SiteGen.Sources.SourceFile("i18n/" + file, "theme/i18n/" + file, bytes)], diagnostics);
        Assert.Empty(diagnostics.ToImmutable());
        var language = Path.GetFileNameWithoutExtension(file);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        // Every dotted key of the file: found through the loader, so nesting works as the build reads it.
        return new SortedSet<string>(KeysOf(text).Where(k => strings.Find(language, k, out var fellBack) is not null && !fellBack), StringComparer.Ordinal);
    }

    /// <summary>The dotted keys of a two-level YAML file ("section:" then "  key: value").</summary>
    private static IEnumerable<string> KeysOf(string yaml)
    {
        string? section = null;
        foreach (var line in yaml.Split('\n'))
        {
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)
                continue;
            var colon = line.IndexOf(':');
            if (colon < 0)
                continue;
            if (!line.StartsWith(' '))
                section = line[..colon];
            else
                yield return $"{section}.{line[..colon].Trim()}";
        }
    }

    private static int LineOf(string file, string text) =>
        File.ReadAllLines(file).Select((l, i) => (l, i)).First(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;
}
