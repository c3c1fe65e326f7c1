using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// A rebuild that reuses the previous build's parsed files and pages (as the preview server does) must give exactly
/// what a fresh build of the same files gives: the same files, byte for byte, and the same messages.
/// </summary>
public sealed class IncrementalRenderTests
{
    private static readonly DateTimeOffset Now = new(2022, 11, 20, 12, 0, 0, TimeSpan.Zero);

    // A clock an hour ahead: the files a test has just written count as settled, so a rebuild reuses what it read of the
    // ones an edit did not touch, as the preview does on a site whose files were saved a while ago.
    private static readonly Func<DateTimeOffset> Settled = () => DateTimeOffset.UtcNow.AddHours(1);

    /// <summary>One edit each, applied in turn: content, data, settings, published files, templates, theme texts, files added and removed, and a mistake.</summary>
    private static readonly (string Name, Action<TestSite> Edit)[] Edits =
    [
        ("news title", s => Replace(s, "input/news/oppstart.md", "veien videre", "veien framover")),
        ("news body", s => Replace(s, "input/news/oppstart.md", "Prosjektet er i gang.", "Prosjektet er godt i gang.\n\n## Ny del\n\nMer.")),
        ("news date, so the order changes", s => Replace(s, "input/news/oppstart.md", "date: 2022-09-20", "date: 2022-11-19")),
        ("deadline title", s => Replace(s, "input/data/deadlines.yml", "Svarfrist for kartleggingen", "Frist for kartleggingen")),
        ("deadline date", s => Replace(s, "input/data/deadlines.yml", "date: 2022-12-02", "date: 2022-12-05")),
        ("news added", s => s.Write("input/news/ny.md", "---\ntitle: Ny sak\ndate: 2022-11-18\ndeadlines: [kartlegging]\n---\nTekst med [lenke](/aktuelt/oppstart/).\n")),
        ("a warning in one file, kept while others change", s => s.Write("input/pages/kart.md", "---\ntitle: Kart\n---\n![](/files/brosjyre.pdf)\n")),
        ("deadline description", s => Replace(s, "input/data/deadlines.yml", "Send inn **skjemaet**.", "Send inn [skjemaet](/aktuelt/kartlegging/).")),
        ("site title", s => Replace(s, "input/site.yml", "title: ", "title: Nytt navn – ")),
        ("a PDF replaced, so its label, page count and search text change", s => s.WriteBytes("input/files/brosjyre.pdf", TestPdf.Make(pages: 3, title: "Ny brosjyre"))),
        ("a PDF's sidecar", s => Replace(s, "input/files/brosjyre.pdf.yml", "En kort brosjyre.", "En lengre brosjyre.")),
        ("a PDF added beside a news item", s => s.WriteBytes("input/news/vedlegg.pdf", TestPdf.Make(pages: 2))),
        ("that PDF removed", s => File.Delete(Path.Combine(s.Root, "input/news/vedlegg.pdf"))),
        ("the newest news item's summary, which the feeds show", s => Replace(s, "input/news/kartlegging.md", "svarfristen er 2. desember.", "svarfristen er fredag 2. desember.")),
        ("layout template", s => Replace(s, "theme/templates/partials/footer.sbn", "</footer>", "<p>Ny bunntekst</p></footer>")),
        ("theme text", s => Replace(s, "theme/i18n/nb.yml", "  title: Aktuelt", "  title: Nyheter")),
        ("broken link", s => s.Write("input/news/ny.md", "---\ntitle: Ny sak\ndate: 2022-11-18\n---\nSe [borte](/finnes-ikke/).\n")),
        ("unknown theme text", s => Replace(s, "theme/templates/partials/footer.sbn", "</footer>", "{{ t \"finnes.ikke\" }}</footer>")),
        ("mistakes fixed", s =>
        {
            Replace(s, "theme/templates/partials/footer.sbn", "{{ t \"finnes.ikke\" }}", "");
            File.Delete(Path.Combine(s.Root, "input/news/ny.md"));
        }),
        ("an unknown theme text in a partial that include_cached reuses", s => Replace(s, "theme/templates/partials/deadline.sbn", "</li>", "{{ t \"finnes.ikke_her\" }}</li>")),
        ("a news item edited while it is missing, so the partial is taken as kept", s => Replace(s, "input/news/oppstart.md", "Prosjektet er", "Prosjektet er fortsatt")),
        ("that text removed again", s => Replace(s, "theme/templates/partials/deadline.sbn", "{{ t \"finnes.ikke_her\" }}", "")),
        // What only a page's <head> and JSON-LD show, drawn from the site rather than from the page's own data:
        ("a news item's author, which only its JSON-LD names", s => Replace(s, "input/news/oppstart.md", "title: ", "author: Kari Nordmann\ntitle: ")),
        ("the home page's title, which the breadcrumbs of every other page name", s => Replace(s, "input/pages/index.md", "title: Velkommen", "title: Hei og velkommen")),
        ("a page translated, which gives the original its alternates and language switch", s => s.Write("input/pages/om-prosjektet.en.md",
            "---\ntitle: About the project\nlang: en\ntranslation_of: /om-prosjektet/\nslug: about-the-project\n---\nThe project.\n")),
        ("the translation's language text missing, which the original's og:locale:alternate reads", s => Replace(s, "theme/i18n/en.yml", "  og_locale: en_GB\n", "")),
        ("a news item edited while that text is still missing, so the original page is kept", s => Replace(s, "input/news/oppstart.md", "Prosjektet er", "Prosjektet er nå")),
    ];

    [Fact]
    public void Rebuild_AfterEachEdit_EqualsAFreshBuild()
    {
        using var site = new TestSite();
        site.CopyFixture("basic");
        var theme = site.CopyTheme();
        var cached = site.Options(Now, theme: theme) with { UseGitHistory = false, Cache = new SiteGen.Incremental.BuildCache(), FileClock = Settled };
        SiteBuilder.Build(cached);

        foreach (var (name, edit) in Edits)
        {
            edit(site);
            AssertEqualsFresh(cached, name);
        }
    }

    /// <summary>
    /// The link check keeps what it read of each page and its verdict on the page's links; whether a link into another page is broken
    /// must still follow that other page, and a page's own change must count at once.
    /// </summary>
    [Fact]
    public void Rebuild_AfterLinksBreakAndAreMended_ReportsTheLinkErrorsOfAFreshBuild()
    {
        using var site = new TestSite();
        site.CopyFixture("basic");
        var cached = site.Options(Now) with { UseGitHistory = false, Cache = new SiteGen.Incremental.BuildCache(), FileClock = Settled };
        Replace(site, "input/news/oppstart.md", "Prosjektet er i gang.", "Prosjektet er i gang.\n\n## Ny del\n\nMer.");
        SiteBuilder.Build(cached);

        (string Name, Action<TestSite> Edit, bool Broken)[] edits =
        [
            ("a link in one page to a heading the other page has",
                s => Replace(s, "input/pages/om-prosjektet.md", "## Bakgrunn", "Se [delen](/aktuelt/oppstart/#ny-del).\n\n## Bakgrunn"), false),
            ("the heading renamed in the other page, which breaks the link in the page that did not change",
                s => Replace(s, "input/news/oppstart.md", "## Ny del", "## Planen"), true),
            ("the link pointed to the new heading", s => Replace(s, "input/pages/om-prosjektet.md", "#ny-del", "#planen"), false),
            ("the heading renamed back, which breaks the link again", s => Replace(s, "input/news/oppstart.md", "## Planen", "## Ny del"), true),
            ("the link mended in its own page", s => Replace(s, "input/pages/om-prosjektet.md", "#planen", "#ny-del"), false),
        ];
        foreach (var (name, edit, broken) in edits)
        {
            edit(site);
            var fresh = AssertEqualsFresh(cached, name);
            Assert.True(broken == fresh.Diagnostics.Any(d => d.Code == SiteGen.Diagnostics.DiagnosticCodes.DeadAnchor), name);
        }
    }

    private static BuildResult AssertEqualsFresh(BuildOptions cached, string name)
    {
        var incremental = SiteBuilder.Build(cached);
        var fresh = SiteBuilder.Build(cached with { Cache = null });

        Assert.True(fresh.Files.Length > 0 || !fresh.Succeeded, name);
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(fresh.Files.Select(f => f.Path), incremental.Files.Select(f => f.Path));
        foreach (var (a, b) in fresh.Files.Zip(incremental.Files))
            Assert.True(a.Content.AsSpan().SequenceEqual(b.Content), $"after '{name}', {a.Path} differs from a fresh build");
        return fresh;
    }

    /// <summary>A rebuild reads git again only when HEAD moved: an edit alone must keep the last commit's times, a commit must bring its own.</summary>
    [Fact]
    public void Rebuild_WithGit_AfterEditsCommitsAndAReset_EqualsAFreshBuild()
    {
        using var site = new TestSite(("input/news/a.md", SiteFiles.News("Nyhet A", "2022-11-01")));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2022, 11, 1, 12, 0, 0, TimeSpan.Zero));
        var cached = site.Options(Now) with { Cache = new SiteGen.Incremental.BuildCache(), FileClock = Settled };
        SiteBuilder.Build(cached);

        AssertEqualsFresh(cached, "before any change");
        site.Write("input/news/a.md", SiteFiles.News("Nyhet A", "2022-11-01", body: "Ny tekst."));
        Assert.DoesNotContain("10. november 2022", AssertEqualsFresh(cached, "an edit not committed").Html("aktuelt/a/index.html").Body!.TextContent);
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2022, 11, 10, 12, 0, 0, TimeSpan.Zero));
        Assert.Contains("10. november 2022", AssertEqualsFresh(cached, "its commit").Html("aktuelt/a/index.html").Body!.TextContent);
        site.Write("input/news/b.md", SiteFiles.News("Nyhet B", "2022-11-02"));
        AssertEqualsFresh(cached, "a new item, not committed");
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2022, 11, 12, 12, 0, 0, TimeSpan.Zero));
        AssertEqualsFresh(cached, "its commit");
        GitRepo.Git(site.Root, null, "reset", "--hard", "HEAD~1");
        Assert.DoesNotContain("Nyhet B", AssertEqualsFresh(cached, "the last commit undone").Html("aktuelt/index.html").Body!.TextContent);
    }

    /// <summary>The parse of the committed history is kept between rebuilds; a commit must make the next rebuild read it again.</summary>
    [Fact]
    public void Rebuild_AfterAnEditAndThenItsCommit_CalendarsEqualAFreshBuild()
    {
        using var site = new TestSite(("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2022-12-02\n"));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2022, 10, 1, 12, 0, 0, TimeSpan.Zero));
        var cached = site.Options(Now) with { Cache = new SiteGen.Incremental.BuildCache() };
        SiteBuilder.Build(cached);

        site.Write("input/data/deadlines.yml", "- id: frist\n  title: Frist, endret\n  date: 2022-12-02\n");
        AssertCalendarsEqual(SiteBuilder.Build(cached with { Cache = null }), SiteBuilder.Build(cached), "after the edit");
        GitRepo.CommitAll(site.Root, new DateTimeOffset(2022, 10, 2, 12, 0, 0, TimeSpan.Zero));
        var fresh = SiteBuilder.Build(cached with { Cache = null });
        AssertCalendarsEqual(fresh, SiteBuilder.Build(cached), "after the commit");

        // The edit now counts from its commit, not from the build's clock: what a stale history would give instead.
        Assert.Contains("DTSTAMP:20221002T120000Z", System.Text.Encoding.UTF8.GetString(fresh.File("kalender/frist/frist.ics")!.Content));
    }

    /// <summary>
    /// A rebuild reuses the bytes of a file whose stamp is unchanged. A tool that writes a file and puts its modification time
    /// back (touch -d, rsync -t, an unzip) leaves the same size and time; the change time, which no tool can set, still tells.
    /// </summary>
    [Fact]
    public void Rebuild_AfterAWriteThatKeepsSizeAndModificationTime_ReadsTheNewBytes()
    {
        using var site = new TestSite();
        site.CopyFixture("basic");
        var cached = site.Options(Now) with { UseGitHistory = false, Cache = new SiteGen.Incremental.BuildCache(), FileClock = Settled };
        var path = Path.Combine(site.Root, "input/news/oppstart.md");
        var modified = new DateTime(2022, 11, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, modified);
        SiteBuilder.Build(cached);

        Replace(site, "input/news/oppstart.md", "Prosjektet er i gang.", "Prosjektet er I gang.");
        File.SetLastWriteTimeUtc(path, modified);
        var page = AssertEqualsFresh(cached, "the same size and time").Html("aktuelt/oppstart/index.html").Body!.TextContent;
        Assert.Contains("Prosjektet er I gang.", page);
    }

    /// <summary>A file changed within the last seconds is read again whatever its stamp: a second write in the file system's clock tick leaves the same one.</summary>
    [Theory]
    [InlineData(-1, false)]
    [InlineData(-2.9, false)]
    [InlineData(-3.1, true)]
    [InlineData(-3600, true)]
    [InlineData(1, false)]
    public void FileStamp_IsSettledOnlyWhenBothTimesAreSeveralSecondsOld(double secondsAgo, bool settled)
    {
        var now = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        static long Nanoseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds() * 1_000_000;
        var then = Nanoseconds(now.AddSeconds(secondsAgo));
        var old = Nanoseconds(now.AddHours(-1));
        Assert.Equal(settled, new SiteGen.Sources.FileStamp(SiteGen.Sources.FileKind.Kind.Regular, 10, 1, 1, then, then).IsSettled(now));
        Assert.Equal(settled, new SiteGen.Sources.FileStamp(SiteGen.Sources.FileKind.Kind.Regular, 10, 1, 1, old, then).IsSettled(now));
        Assert.Equal(settled, new SiteGen.Sources.FileStamp(SiteGen.Sources.FileKind.Kind.Regular, 10, 1, 1, then, old).IsSettled(now));
        Assert.False(SiteGen.Sources.FileStamp.Unsettled(SiteGen.Sources.FileKind.Kind.Regular).IsSettled(now));
    }

    private static void AssertCalendarsEqual(BuildResult fresh, BuildResult incremental, string when)
    {
        var calendars = fresh.Files.Where(f => f.Path.EndsWith(".ics", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(calendars);
        foreach (var file in calendars)
            Assert.True(file.Content.AsSpan().SequenceEqual(incremental.File(file.Path)!.Content), $"{when}, {file.Path} differs from a fresh build");
    }

    [Fact]
    public void Rebuild_AfterOneNewsEdit_DrawsOnlyThePagesThatShowIt()
    {
        using var site = new TestSite();
        site.CopyFixture("basic");
        var cache = new SiteGen.Incremental.BuildCache();
        var options = site.Options(Now) with { UseGitHistory = false, Cache = cache, FileClock = Settled };
        var before = SiteBuilder.Build(options).Files.ToDictionary(f => f.Path);

        Replace(site, "input/news/oppstart.md", "Prosjektet er i gang.", "Prosjektet er godt i gang.");
        var after = SiteBuilder.Build(options).Files;

        // Unchanged pages are the very same objects as before: taken from the cache, not drawn again.
        var redrawn = after.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !ReferenceEquals(before[f.Path], f)).Select(f => f.Path).ToList();
        Assert.Contains("aktuelt/oppstart/index.html", redrawn);
        Assert.DoesNotContain("frister/index.html", redrawn);
        Assert.True(redrawn.Count < after.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)) / 2, string.Join(", ", redrawn));
    }

    /// <summary>The preview keeps the web editor's program (megabytes) between saves; an npm install of another version must still show.</summary>
    [Fact]
    public void Rebuild_AfterTheCmsProgramChanges_EqualsAFreshBuild()
    {
        using var site = new TestSite();
        site.CopyFixture("basic");
        site.Write("cms/dist/decap-cms.js", "/* 3.16.3 */");
        site.Write("cms/package.json", "{\"version\": \"3.16.3\"}");
        var program = Path.Combine(site.Root, "cms", "dist");
        var cached = site.Options(Now) with { UseGitHistory = false, CmsBundleDir = program, Cache = new SiteGen.Incremental.BuildCache(), FileClock = Settled };
        SiteBuilder.Build(cached);

        site.Write("cms/dist/decap-cms.js", "/* 3.16.4, longer */");
        Assert.Equal("/* 3.16.4, longer */", Encoding.UTF8.GetString(AssertEqualsFresh(cached, "the program replaced").Files.Single(f => f.Path == "admin/decap-cms.js").Content));
        site.Write("cms/dist/1.decap-cms.js", "/* a chunk */");
        Assert.Contains(AssertEqualsFresh(cached, "a chunk added").Files, f => f.Path == "admin/1.decap-cms.js");
        site.Write("cms/package.json", "{\"version\": \"3.17.0\"}");
        Assert.Contains(AssertEqualsFresh(cached, "another version's manifest").Diagnostics, d => d.Message.Contains("3.17.0", StringComparison.Ordinal));
        File.Delete(Path.Combine(program, "decap-cms.js"));
        Assert.DoesNotContain(AssertEqualsFresh(cached, "the program removed").Files, f => f.Path == "admin/decap-cms.js");
    }

    private static void Replace(TestSite site, string path, string from, string to)
    {
        var full = Path.Combine(site.Root, path);
        var text = File.ReadAllText(full);
        Assert.Contains(from, text);
        File.WriteAllText(full, text.Replace(from, to, StringComparison.Ordinal));
    }
}
