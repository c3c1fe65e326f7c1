using SiteGen.Diagnostics;
using SiteGen.Incremental;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// <c>include_cached</c> draws a partial once per set of values and reuses it: the pages must be what <c>include</c> draws,
/// and a partial that reads more of the page than its key says must be refused, not shown with another page's values.
/// </summary>
public sealed class CachedIncludeTests
{
    private static readonly DateTimeOffset Now = new(2022, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_ThemeWithIncludeCached_GivesTheFilesOfTheSameThemeWithInclude()
    {
        using var site = new TestSite();
        site.CopyFixture("basic");
        var theme = site.CopyTheme();
        var cached = Build(site, theme);
        var calls = 0;
        foreach (var template in Directory.EnumerateFiles(Path.Combine(theme, "templates"), "*.sbn", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(template);
            calls += CountOf(text, "include_cached");
            File.WriteAllText(template, System.Text.RegularExpressions.Regex.Replace(text, @"include_cached (""[^""]+"")[^}]*", "include $1 "));
        }
        var plain = Build(site, theme);

        Assert.True(calls >= 5, $"the theme uses include_cached {calls} times");
        cached.AssertSucceeded();
        Assert.Equal(plain.Files.Select(f => f.Path), cached.Files.Select(f => f.Path));
        foreach (var file in plain.Files)
            Assert.True(file.Content.AsSpan().SequenceEqual(cached.File(file.Path)!.Content), $"{file.Path} differs from the build with include");
    }

    /// <summary>The deadline pages, the home page and the news pages show the same deadlines: each is drawn once per way of showing it.</summary>
    [Fact]
    public void Render_EveryPage_DrawsEachDeadlineOncePerSetOfValues()
    {
        using var site = new TestSite();
        site.CopyFixture("basic");
        var model = Build(site, RepoPaths.Theme).Model!;
        var kept = new Dictionary<string, string>();
        var (asked, drawn) = (0, 0);
        string Store(string partial, object?[] inputs, DiagnosticBag diagnostics, Func<DiagnosticBag, string> draw)
        {
            lock (kept)
            {
                asked++;
                var key = partial + " " + Fingerprint.Of(inputs);
                if (!kept.TryGetValue(key, out var text))
                {
                    drawn++;
                    kept[key] = text = draw(diagnostics);
                }
                return text;
            }
        }

        var diagnostics = new DiagnosticBag();
        var renderer = new SiteRenderer(model, diagnostics, Store);
        var pages = renderer.Routes.Select(r => renderer.Render(r, diagnostics)!).ToList();
        var fresh = new SiteRenderer(model, new DiagnosticBag());

        Assert.True(drawn < asked, $"{drawn} partials drawn for {asked} asked for");
        foreach (var (route, page) in renderer.Routes.Zip(pages))
            Assert.True(page.Content.AsSpan().SequenceEqual(fresh.Render(route, new DiagnosticBag())!.Content), $"{route.SitePath} differs from one drawn without reuse");
    }

    [Theory]
    [InlineData("{{ include_cached \"partials/deadline.sbn\" deadline show_details }}", "heading_level", "«heading_level», som ikke er gitt")]
    [InlineData("{{ include_cached \"partials/deadline.sbn\" group.deadlines show_details heading_level }}", "deadline", "«deadline», som ikke er gitt")]
    public void Build_IncludeCachedWithoutAVariableThePartialReads_IsAnErrorAtTheInclude(string include, string variable, string norwegian)
    {
        using var site = new TestSite();
        site.CopyFixture("basic");
        var theme = site.CopyTheme();
        var deadlines = Path.Combine(theme, "templates", "deadlines.sbn");
        var lines = File.ReadAllLines(deadlines);
        var line = Array.FindIndex(lines, l => l.Contains("include_cached \"partials/deadline.sbn\"", StringComparison.Ordinal));
        lines[line] = "    {{~ for deadline in group.deadlines }}" + include + "{{ end }}";
        File.WriteAllLines(deadlines, lines);

        var result = Build(site, theme);

        var error = result.AssertError(DiagnosticCodes.UncachablePartial, "theme/templates/deadlines.sbn", line + 1);
        Assert.Contains($"'{variable}'", error.Text.En, StringComparison.Ordinal);
        Assert.Contains(norwegian, error.Text.Nb, StringComparison.Ordinal);
        Assert.Contains("partials/deadline.sbn", error.Text.Nb, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ shown = true }}{{ item }}", "setter «shown»")]
    [InlineData("{{ capture text }}x{{ end }}{{ item }}", "setter «text»")]
    [InlineData("{{ item }} {{ for.index }}", "løkken den blir tatt med fra")]
    [InlineData("{{ include item }}", "navnet regnes ut")]
    [InlineData("{{ this.item }}", "«this»")]
    [InlineData("{{ include \"partials/inner.sbn\" }}", "«page», som ikke er gitt")]
    [InlineData("{{ item }}{{ count++ }}", "setter «count»")]
    [InlineData("{{ import item }}", "henter «item» inn")]
    [InlineData("{{ readonly item }}", "«item» skrivebeskyttet")]
    [InlineData("{{ \"{{ page.title }}\" | object.eval_template }}{{ item }}", "regner ut tekst som en mal")]
    [InlineData("{{ \"partials/inner.sbn\" | include }}{{ item }}", "navnet regnes ut")]
    [InlineData("{{ item | include \"partials/inner.sbn\" }}", "navnet regnes ut")]
    [InlineData("{{ item }}{{ while true }}{{ for.index }}{{ break }}{{ end }}", "løkken den blir tatt med fra")]
    [InlineData("{{ $o = object }}{{ $o.eval \"page.title\" }}{{ item }}", "bruker «object» på en annen måte")]
    [InlineData("{{ object[\"eval\"] \"page.title\" }}{{ item }}", "bruker «object» på en annen måte")]
    [InlineData("{{ item }}{{ array.cycle [\"a\", \"b\"] }}", "ny verdi hver gang")]
    [InlineData("{{ item }}{{ date.utc_now }}", "ny verdi hver gang")]
    [InlineData("{{ include_join [\"partials/inner.sbn\"] \"\" }}{{ item }}", "navnet regnes ut")]
    public void Build_IncludeCachedOfAPartialThatDependsOnThePageOtherwise_IsAnErrorAtTheInclude(string partial, string norwegian)
    {
        var outcome = BuildWithPartial(partial, "{{ item = \"verdi\" }}{{ include_cached \"partials/probe.sbn\" item }}");

        var error = outcome.AssertError(DiagnosticCodes.UncachablePartial, "theme/templates/page.sbn", 1);
        Assert.Contains(norwegian, error.Text.Nb, StringComparison.Ordinal);
    }

    /// <summary>Values the partial cannot be told apart by (a named value, one piped in), and names the page has given values of its own.</summary>
    [Theory]
    [InlineData("{{ $level }}{{ item }}", "{{ include_cached \"partials/probe.sbn\" item level: 2 }}", "navngitt verdi")]
    [InlineData("{{ item }}", "{{ \"partials/probe.sbn\" | include_cached item }}", "sendt inn med |")]
    [InlineData("{{ item }}{{ string.upcase \"a\" }}", "{{ string = \"tekst\" }}{{ include_cached \"partials/probe.sbn\" item }}", "«string», som siden har gitt en egen verdi")]
    [InlineData("{{ item }}{{ site.title }}", "{{ site = {title: \"Annen\"} }}{{ include_cached \"partials/probe.sbn\" item }}", "«site», som siden har gitt en egen verdi")]
    [InlineData("{{ $1 }}", "{{ func label; ret page.title; end }}{{ include_cached \"partials/probe.sbn\" @label }}", "den får en funksjon")]
    [InlineData("{{ a.tag }}", "{{ a = [1]; a.tag = page.title }}{{ include_cached \"partials/probe.sbn\" a }}", "en liste med egne felt")]
    [InlineData("{{ v }}", "{{ v = \"samme\" }}{{ include_cached \"partials/probe.sbn\" v (include \"partials/set.sbn\") }}", "«v» blir satt på nytt")]
    [InlineData("{{ x.size }}", "{{ x = []; for i in 1..40; x = [x]; end }}{{ include_cached \"partials/probe.sbn\" x }}", "mer enn 32 nivåer")]
    [InlineData("{{ kv.value }}", "{{ o = {a: [page.title]} }}{{ for kv in o }}{{ include_cached \"partials/probe.sbn\" kv }}{{ end }}", "bare kan lese som tekst")]
    [InlineData("{{ r.size }}", "{{ r = 1..3 }}{{ include_cached \"partials/probe.sbn\" r }}", "et intervall eller en liste som regnes ut")]
    [InlineData("{{ item }}{{ date.now }}", "{{ include_cached \"partials/probe.sbn\" item }}", "som gir en ny verdi hver gang")]
    [InlineData("{{ $d = date }}{{ item }}", "{{ include_cached \"partials/probe.sbn\" item }}", "bruker «date» på en annen måte")]
    public void Build_IncludeCachedWithValuesItCannotKeyBy_IsAnErrorAtTheInclude(string partial, string include, string norwegian)
    {
        var outcome = BuildWithPartial(partial, "{{ item = \"verdi\" }}" + include);

        var error = outcome.AssertError(DiagnosticCodes.UncachablePartial, "theme/templates/page.sbn", 1);
        Assert.Contains(norwegian, error.Text.Nb, StringComparison.Ordinal);
    }

    /// <summary>The partial reads its values by the names they are given under, so the same values under swapped names are another partial.</summary>
    [Fact]
    public void Build_IncludeCachedWithTheSameValuesUnderOtherNames_DrawsEachAsItsNamesSay()
    {
        var outcome = BuildWithPartial("<i class=\"probe\">{{ a }}{{ b }}</i>",
            "{{ a = 1 }}{{ b = 2 }}{{ include_cached \"partials/probe.sbn\" a b }}{{ a = 2 }}{{ b = 1 }}{{ include_cached \"partials/probe.sbn\" b a }}");

        outcome.AssertSucceeded();
        Assert.Equal(["12", "21"], outcome.Html("om/index.html").QuerySelectorAll("i.probe").Select(i => i.TextContent));
    }

    /// <summary>The name as written is the partial's $0: two names of one partial are two partials, and a value given under the name of one of Scriban's objects is the page's.</summary>
    [Fact]
    public void Build_IncludeCachedUnderOtherNamesOfOnePartial_ShowsEachName()
    {
        var outcome = BuildWithPartial("<i class=\"probe\">{{ $0 }} {{ date }}</i>",
            "{{ date = \"i dag\" }}{{ n = \"partials/probe\" }}{{ include_cached n date }}{{ n = \"partials/probe.sbn\" }}{{ include_cached n date }}");

        outcome.AssertSucceeded();
        Assert.Equal(["partials/probe i dag", "partials/probe.sbn i dag"], outcome.Html("om/index.html").QuerySelectorAll("i.probe").Select(i => i.TextContent));
    }

    /// <summary>What the partial binds itself (its loops' variables and state, its arguments, locals) is not read from the page.</summary>
    [Fact]
    public void Build_IncludeCachedOfAPartialWithItsOwnLoopsAndLocals_ShowsWhatIncludeShows()
    {
        const string Partial = "<p id=\"probe\">{{ $x = 2 }}{{ for word in words }}{{ word | string.upcase }}{{ for.index }}{{ end }}{{ $x }}{{ $2 }}{{ $o = {title: 5} }}{{ $o.title }}</p>";

        var outcome = BuildWithPartial(Partial, "{{ words = [\"a\", \"b\"] }}{{ include_cached \"partials/probe.sbn\" words 7 }}");

        outcome.AssertSucceeded();
        Assert.Equal("A0B1275", outcome.Html("om/index.html").GetElementById("probe")?.TextContent);
    }

    /// <summary>A message the partial gives is given again on every page that reuses it (here one warning, at the partial's line).</summary>
    [Fact]
    public void Build_IncludeCachedOfAPartialWithAnUnknownThemeText_ReportsItAtThePartial()
    {
        var outcome = BuildWithPartial("{{ t \"finnes.ikke\" }}{{ number }}", "{{ number = 1 }}{{ include_cached \"partials/probe.sbn\" number }}{{ include_cached \"partials/probe.sbn\" number }}");

        outcome.AssertOnlyError(DiagnosticCodes.UnknownUiString, "theme/templates/partials/probe.sbn", 1, 4);
    }

    /// <summary>
    /// Each page that reuses a partial gets its messages in its own messages: the build keeps them with the page (its cache
    /// gives them again when the page is not drawn), so a page whose partial was drawn for another would otherwise lose them.
    /// </summary>
    [Fact]
    public void Render_TwoPagesReusingOnePartial_BothGetItsMessage()
    {
        var model = BuildWithPartial("{{ t \"finnes.ikke\" }}{{ number }}", "{{ number = 1 }}{{ include_cached \"partials/probe.sbn\" number }}",
            ("input/pages/kontakt.md", "---\ntitle: Kontakt\n---\nTekst.\n")).Model!;
        var kept = new Dictionary<string, (string Text, DiagnosticBag Messages)>();
        string Store(string partial, object?[] inputs, DiagnosticBag diagnostics, Func<DiagnosticBag, string> draw)
        {
            var key = partial + " " + Fingerprint.Of(inputs);
            if (!kept.TryGetValue(key, out var entry))
            {
                var own = new DiagnosticBag();
                kept[key] = entry = (draw(own), own);
            }
            foreach (var message in entry.Messages.ToImmutable())
                diagnostics.Add(message);
            return entry.Text;
        }

        var renderer = new SiteRenderer(model, new DiagnosticBag(), Store);
        var pages = renderer.Routes.Where(r => r.Template == "page.sbn").ToList();
        var messages = pages.Select(route =>
        {
            var bag = new DiagnosticBag();
            renderer.Render(route, bag);
            return bag.ToImmutable();
        }).ToList();

        Assert.Equal(2, pages.Count);
        Assert.Single(kept);
        Assert.All(messages, page => Assert.Contains(page, d => d.Code == DiagnosticCodes.UnknownUiString && d.Location?.Path == "theme/templates/partials/probe.sbn"));
    }

    private static BuildResult BuildWithPartial(string partial, string page, params (string Path, string Text)[] more)
    {
        using var site = new TestSite([("input/site.yml", TestSite.MinimalConfig), ("input/pages/om.md", "---\ntitle: Om\n---\nTekst.\n"), .. more]);
        var theme = site.CopyTheme();
        File.WriteAllText(Path.Combine(theme, "templates", "partials", "probe.sbn"), partial);
        File.WriteAllText(Path.Combine(theme, "templates", "partials", "inner.sbn"), "{{ page.title }}");
        File.WriteAllText(Path.Combine(theme, "templates", "partials", "set.sbn"), "{{ v = page.title }}");
        var template = Path.Combine(theme, "templates", "page.sbn");
        File.WriteAllText(template, page + "\n" + File.ReadAllText(template));
        return SiteBuilder.Build(site.Options(Now, theme: theme) with { UseGitHistory = false });
    }

    private static BuildResult Build(TestSite site, string theme) => SiteBuilder.Build(site.Options(Now, theme: theme) with { UseGitHistory = false });

    private static int CountOf(string text, string word) => (text.Length - text.Replace(word, "", StringComparison.Ordinal).Length) / word.Length;
}
