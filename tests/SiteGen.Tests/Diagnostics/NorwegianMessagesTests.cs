using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// Every diagnostic code the build emits has a real Norwegian text: a set of broken sites that
/// between them trigger every code referenced in src/ is built, and no Norwegian message may read
/// as English. (The API already requires both texts; this checks the Norwegian one is Norwegian.)
/// </summary>
public sealed partial class NorwegianMessagesTests
{
    /// <summary>Words that are English and not Norwegian; quoted values («…») and code-like words are not checked.</summary>
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "is", "are", "was", "must", "found", "not", "write", "and", "with", "has", "have", "cannot", "does", "should",
        "would", "this", "which", "there", "into", "from", "of", "or", "it", "its", "an", "use", "missing", "required",
        "invalid", "expected", "while", "could", "nothing", "empty", "line", "file", "page", "link", "image", "folder",
        "already", "remove", "rename", "choose", "unknown", "leads", "nowhere", "no", "needs", "only", "set",
    };

    [GeneratedRegex("«[^«»]*»")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"DiagnosticCodes\.(\w+)")]
    private static partial Regex CodeReference();

    private const string NoStatement = """
        title: Testsiden
        description: En side for tester.
        base_url: https://test.example/
        language: nb
        time_zone: Europe/Oslo
        owner: Testbiblioteket
        audiences:
          folkebibliotek: Folkebibliotek
        """;

    /// <summary>Broken sites, each failing in a different phase (a phase with errors stops the later ones).</summary>
    private static IEnumerable<Diagnostic> Corpus()
    {
        var all = new List<Diagnostic>();

        // Reading and checking content: every mistake in one build.
        using (var site = new TestSite(
            ("input/news/dato.md", "---\ntitle: Dato\ndate: 2.12.2022\npublishDate: 2022-02-30\nupdated: i går\n---\nTekst.\n"),
            ("input/news/uten-tittel.md", "---\ndate: 2022-11-01\n---\nTekst.\n"),
            ("input/news/ulukket.md", "---\ntitle: Ulukket\ndate: 2022-11-01\nTekst.\n"),
            ("input/news/tom.md", "Bare tekst, uten felt.\n"),
            ("input/news/tab.md", "---\ntitle: Tab\ndate: 2022-11-01\ntags:\n\t- a\n---\nTekst.\n"),
            ("input/news/dobbel.md", "---\ntitle: A\ndate: 2022-11-01\ntitle: B\n---\nTekst.\n"),
            ("input/news/kolon.md", "---\ntitle: Frist: 1. desember: viktig\ndate: 2022-11-01\n---\nTekst.\n"),
            ("input/news/sitat.md", "---\ntitle: \"Uten slutt\ndate: 2022-11-01\n---\nTekst.\n"),
            ("input/news/klamme.md", "---\ntitle: Klamme\ndate: 2022-11-01\ntags: [a, b\nsummary: x\n---\nTekst.\n"),
            ("input/news/liste.md", "---\n- title\n- date\n---\nTekst.\n"),
            ("input/news/typer.md", "---\ntitle:\n  - A\ndate: 2022-11-01\ndraft: kanskje\ntags: {a: b}\nsummary: \"\"\n---\nTekst.\n"),
            ("input/news/frist.md", "---\ntitle: Frist\ndate: 2022-11-01\ndeadlines: [ukjent, [a]]\n---\nTekst.\n"),
            ("input/news/framtid.md", "---\ntitle: Framtid\ndate: 2023-01-10\n---\nTekst.\n"),
            ("input/news/adresse.md", "---\ntitle: Adresse\ndate: 2022-11-01\nslug: Min Sak\naliases: [gammel, /]\ntemplate: ../hemmelig\n---\nTekst.\n"),
            ("input/news/sak.md", "---\ntitle: Sak\ndate: 2022-11-01\n---\nTekst.\n"),
            ("input/news/kontrolltegn.md", "---\ntitle: Kontroll\u000Btegn\ndate: 2022-11-01\nsummary: !!str x\nextra: &l [*l]\n---\nTekst.\n"),
            ("input/news/stavet.md", "---\ntitle: Stavet\ndate: 2022-11-01\npublish_date: 2022-12-01\n---\nSkriv saken her. En tom linje gir nytt avsnitt.\n\nSe [saken med tabulator](/aktuelt/tab/).\n"),
            ("input/news/2022-10-01-sak.md", "---\ntitle: Sak igjen\ndate: 2022-10-01\n---\nTekst.\n"),
            ("input/news/---.md", "---\ntitle: Uten navn\ndate: 2022-11-01\n---\nTekst.\n"),
            ("input/news/klammer.md", "---\ntitle: Klammer\ndate: 2022-11-01\n---\n" + new string('[', 1001) + "\n"),
            ("input/pages/aktuelt.md", "---\ntitle: Aktuelt\nmenu: først\n---\nTekst.\n"),
            ("input/files/mangler.pdf.yml", "title: Beskriver en fil som ikke finnes\n"),
            ("input/files/notat.pdf.yml", "tittel: Feil felt\n"),
            ("input/data/deadlines.yml", """
                - id: frist
                  title: Frist
                  date: 2022-12-02
                  farge: rød
                - id: frist
                  title: Samme id
                  date: 2022-12-03
                - id: Stor Frist
                  title: Ugyldig id
                  date: 2022-12-04
                - id: baklengs
                  title: Baklengs
                  date: 2023-08
                  end: 2023-06
                - id: status
                  title: Status
                  date: 2022-12-05
                  status: utsatt
                  audience: [kommuner]
                  link: ftp://fil.example/
                  reminders: [P-1D, snart]
                - id: lenke
                  title: Lenke
                  date: 2022-12-06
                  link: /finnes-ikke/
                - id: natt
                  title: Natt
                  date: 2023-03-26T02:30
                """)))
        {
            site.WriteBytes("input/pages/latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Blåbær\n---\nTekst.\n"));
            site.WriteBytes("input/pages/nul.md", Encoding.UTF8.GetBytes("---\ntitle: Nul\n---\nTekst\0.\n"));
            site.WriteBytes("input/pages/stor.md", new byte[(int)SiteGen.Sources.SourceScanner.MaxTextFileBytes + 1]);
            site.WriteBytes("input/files/notat.pdf", TestPdf.Make());
            all.AddRange(site.Build().Diagnostics);
        }

        // site.yml
        using (var site = new TestSite(("input/site.yml", """
            title: Testsiden
            base_url: ftp://test.example/
            language: nb
            time_zone: Europe/Bergen
            news_per_page: 0
            menu: Forside
            audiences:
              Folke Bibliotek: Folkebibliotek
            """)))
        {
            all.AddRange(site.Build().Diagnostics);
        }
        using (var site = new TestSite(("input/site.yml", "- title\n- base_url\n")))
            all.AddRange(site.Build().Diagnostics);
        using (var site = new TestSite(("input/news/a.md", SiteFiles.News("A", "2022-11-01"))))
        {
            File.Delete(Path.Combine(site.InputDir, "site.yml"));
            all.AddRange(site.Build().Diagnostics);
        }
        using (var site = new TestSite())
            all.AddRange(SiteBuilder.Build(site.Options() with { InputDir = Path.Combine(site.Root, "finnes-ikke") }).Diagnostics);
        using (var site = new TestSite())
        {
            File.Delete(Path.Combine(site.InputDir, "site.yml"));
            all.AddRange(site.Build().Diagnostics);
        }

        // Rendering: templates, addresses.
        using (var site = new TestSite(
            ("input/pages/spesiell.md", SiteFiles.Page("Spesiell", "template: spesiell")),
            ("input/pages/syntaks.md", SiteFiles.Page("Syntaks", "template: syntaks")),
            ("input/pages/kjoring.md", SiteFiles.Page("Kjøring", "template: kjoring")),
            ("input/pages/inkluder.md", SiteFiles.Page("Inkluder", "template: inkluder")),
            ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/pages/ny.md", SiteFiles.Page("Ny", "aliases: [/om/, /gammel/]")),
            ("input/pages/nyere.md", SiteFiles.Page("Nyere", "aliases: [/gammel/]")),
            ("input/static/index.html", "<p>min egen forside</p>"),
            ("input/_templates/syntaks.sbn", "{{ if }}"),
            ("input/_templates/kjoring.sbn", "{{ finnes_ikke.heller_ikke }}"),
            ("input/_templates/inkluder.sbn", "{{ include 'partials/mangler.sbn' }}")))
        {
            all.AddRange(site.Build().Diagnostics);
        }

        // Languages: codes, translations, theme texts.
        using (var site = new TestSite(
            ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/pages/about.md", SiteFiles.Page("About", "lang: en\ntranslation_of: /finnes-ikke/")),
            ("input/pages/kopi.md", SiteFiles.Page("Kopi", "lang: nb\ntranslation_of: /om/")),
            ("input/pages/ukjent.md", SiteFiles.Page("Ukjent", "lang: xx")),
            ("input/news/oversatt.md", "---\ntitle: Oversatt\ndate: 2022-11-01\ntranslation_of: /om/\n---\nTekst.\n")))
        {
            all.AddRange(site.Build().Diagnostics);
        }
        using (var site = new TestSite(
            ("input/pages/om.md", SiteFiles.Page("Om")),
            ("input/pages/about.md", SiteFiles.Page("About", "lang: en\ntranslation_of: /om/")),
            ("input/pages/nynorsk.md", SiteFiles.Page("Nynorsk", "lang: nn"))))
        {
            var theme = site.CopyTheme();
            var english = Path.Combine(theme, "i18n", "en.yml");
            File.WriteAllText(english, File.ReadAllText(english).Replace("  skip_link: Skip to main content\n", "", StringComparison.Ordinal));
            var footer = Path.Combine(theme, "templates", "partials", "footer.sbn");
            File.WriteAllText(footer, File.ReadAllText(footer) + "{{ t \"finnes.ikke\" }}\n");
            all.AddRange(site.Build(theme: theme).Diagnostics);
        }

        // Finished pages: links, page audit, documents.
        using (var site = new TestSite(
            ("input/site.yml", NoStatement),
            ("input/pages/om.md", SiteFiles.Page("Om", body: "## Del\n\nTekst.")),
            ("input/pages/a.md", SiteFiles.Page("A", body: string.Join("\n\n",
                "# En hovedoverskrift til",
                "## Del", "#### Underdel",
                "[borte](/finnes-ikke/) og [mangler](/om/#mangler) og [Rapport](/files/Rapport.pdf) og [fil](vedlegg.docx) og [side](om-oss/)",
                "![Kart](/files/mangler.png) og ![](/files/kart.png) og ![Kart](https://cdn.example.com/kart.png)",
                "[Les mer](/om/) og [notatet](/files/notat.pdf) (PDF, 1 side, 1 kB) og [skadet](/files/skadet.pdf) og [lenke uten tekst](/om/)",
                "[](/om/)",
                "<p id=\"boks\">En</p>\n\n<p id=\"boks\">To</p>",
                "<table><tr><td>a</td></tr></table>",
                "<div style=\"background: url(https://cdn.example.com/bakgrunn.png)\">Pynt</div>"))),
            ("input/files/skadet.pdf", "dette er ikke en PDF"),
            ("input/files/ubrukt.zip", "zip")))
        {
            site.WriteBytes("input/files/notat.pdf", TestPdf.Make());
            site.WriteBytes("input/files/rapport.pdf", TestPdf.Tagged());
            site.WriteBytes("input/files/kart.png", [0x89, 0x50, 0x4E, 0x47]);
            var theme = site.CopyTheme();
            var layout = Path.Combine(theme, "templates", "layout.sbn");
            File.WriteAllText(layout, File.ReadAllText(layout).Replace("<html lang=\"{{ page.language }}\">", "<html>", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(theme, "templates", "partials", "footer.sbn"), "<footer><p>Bunntekst</p></footer>\n");
            all.AddRange(site.Build(theme: theme).Diagnostics);
        }
        using (var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om"))))
        {
            var theme = site.CopyTheme();
            File.WriteAllText(Path.Combine(theme, "templates", "partials", "footer.sbn"), "<footer><p>Bunntekst</p></footer>\n");
            all.AddRange(site.Build(theme: theme).Diagnostics);
        }

        // A partial that include_cached would reuse reads more of the page than it is given.
        using (var site = new TestSite(("input/pages/om.md", SiteFiles.Page("Om"))))
        {
            var theme = site.CopyTheme();
            File.WriteAllText(Path.Combine(theme, "templates", "partials", "tittel.sbn"), "{{ page.title }}");
            var page = Path.Combine(theme, "templates", "page.sbn");
            File.WriteAllText(page, "{{ include_cached \"partials/tittel.sbn\" }}\n" + File.ReadAllText(page));
            all.AddRange(site.Build(theme: theme).Diagnostics);
        }

        // Calendar stamps from a shallow clone.
        using (var site = new TestSite(("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2022-12-02\n")))
        {
            GitRepo.Init(site.Root);
            GitRepo.CommitAll(site.Root, new DateTimeOffset(2022, 10, 1, 12, 0, 0, TimeSpan.Zero));
            site.Write("input/data/deadlines.yml", "- id: frist\n  title: Frist, endret\n  date: 2022-12-02\n");
            GitRepo.CommitAll(site.Root, new DateTimeOffset(2022, 10, 2, 12, 0, 0, TimeSpan.Zero));
            var clone = Path.Combine(site.Root, "klone");
            GitRepo.CloneShallow(site.Root, clone);
            all.AddRange(SiteBuilder.Build(site.Options() with { InputDir = Path.Combine(clone, "input") }).Diagnostics);
        }

        // The web editor asked for from a folder where it is not installed.
        using (var site = new TestSite())
        {
            all.AddRange(SiteBuilder.Build(site.Options() with { CmsBundleDir = Path.Combine(site.Root, "mangler") }).Diagnostics);
        }

        // A copied file whose path in output/ is longer than file systems take (3072 bytes), in folders each short enough.
        using (var site = new TestSite())
        {
            site.Write("input/static/" + string.Join("/", Enumerable.Repeat(new string('m', 200), 16)) + "/fil.txt", "x");
            all.AddRange(site.Build().Diagnostics);
        }

        // The output folder.
        using (var site = new TestSite())
        {
            all.Add(OutputGuard.Check(site.Options(), site.InputDir)!);
            all.Add(OutputGuard.Check(site.Options(), Path.Combine(site.InputDir, "files", "ut"))!);
            File.WriteAllText(site.OutputDir, "ikke en mappe");
            all.Add(OutputWriter.Write(site.Build().Files, site.OutputDir)!);
        }
        return all;
    }

    private static readonly Lazy<List<Diagnostic>> Diagnostics = new(() => [.. Corpus().Distinct()]);

    /// <summary>Every DiagnosticCodes constant that code in src/ refers to (the codes the program can emit).</summary>
    private static SortedSet<string> EmittedCodes()
    {
        var names = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "DiagnosticCodes.cs")
            .SelectMany(f => CodeReference().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        return new(typeof(DiagnosticCodes).GetFields()
            .Where(f => names.Contains(f.Name))
            .Select(f => (string)f.GetValue(null)!), StringComparer.Ordinal);
    }

    [Fact]
    public void Corpus_TriggersEveryCodeTheProgramEmits()
    {
        var emitted = EmittedCodes();
        var triggered = Diagnostics.Value.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

        Assert.True(emitted.Count > 40, $"found only {emitted.Count} codes referenced in src/");
        var missing = emitted.Except(triggered).ToList();
        Assert.True(missing.Count == 0, "no bad input here triggers " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryMessage_HasANorwegianTextThatIsNotEnglish()
    {
        var problems = new List<string>();
        foreach (var diagnostic in Diagnostics.Value)
        {
            var nb = diagnostic.MessageNb;
            if (string.IsNullOrWhiteSpace(nb) || nb == diagnostic.Message)
                problems.Add($"same as English: {diagnostic}");
            else if (EnglishIn(nb) is { Count: > 0 } words)
                problems.Add($"English words ({string.Join(", ", words)}): {diagnostic.Format(MessageLanguage.Nb)}");
            else if (Quoted().Replace(nb, "").Contains('\''))
                problems.Add($"quotes with '' rather than «»: {diagnostic.Format(MessageLanguage.Nb)}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryMessage_PrintsTheSamePositionAndCodeInBothLanguages()
    {
        foreach (var diagnostic in Diagnostics.Value)
        {
            var nb = diagnostic.Format(MessageLanguage.Nb);
            var en = diagnostic.Format(MessageLanguage.En);
            var head = en[..^diagnostic.Message.Length];

            Assert.StartsWith(head, nb);
            Assert.Equal(diagnostic.MessageNb, nb[head.Length..]);
        }
    }

    [Theory]
    [InlineData("the file is missing; write it again", true)]
    [InlineData("'title' is required", true)]
    [InlineData("feltet «title» må fylles ut", false)]
    [InlineData("YAML-leseren sier «the file is not valid» – sjekk innrykk", false)]
    [InlineData("legg til en linje «date: 2022-12-02» i site.yml", false)]
    public void EnglishIn_FindsEnglishOutsideQuotes(string text, bool english)
    {
        Assert.Equal(english, EnglishIn(text).Count > 0);
    }

    /// <summary>The English words outside quoted values and code-like words (paths, keys, addresses).</summary>
    private static List<string> EnglishIn(string text) =>
        [.. Quoted().Replace(text, " ")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.IndexOfAny(['/', '.', '_', '=', '<', '>', '{', '}', '[', ']', '#', '@', '\\', '`', '|', '*']) < 0)
            .Select(word => word.Trim(',', ';', ':', '(', ')', '"', '–', '?', '!'))
            .Where(EnglishWords.Contains)];
}
