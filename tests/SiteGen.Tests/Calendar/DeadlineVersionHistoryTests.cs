using System.Text.RegularExpressions;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Calendar;

/// <summary>
/// Ordinary git use in a real temporary repository — edits, a `git mv`, a record moved to another
/// file, a branch merged back, site.yml settings, a change the feed does not show, a moved site —
/// and after every commit, per UID: SEQUENCE never goes down, it goes up exactly when the event's
/// content in the feed changed, DTSTAMP moves with it, and builds of one commit are byte-identical.
/// </summary>
public sealed partial class DeadlineVersionHistoryTests
{
    private static readonly DateTimeOffset T0 = new(2022, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BuildNow = new(2022, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static string Site(string reminders = "", string schoolLabel = "Skolebibliotek", string baseUrl = "https://test.example/") => $"""
        title: Testsiden
        description: En side for tester.
        base_url: {baseUrl}
        language: nb
        time_zone: Europe/Oslo
        owner: Testbiblioteket
        accessibility_statement: https://tilsyn.example/erklaering
        audiences:
          folkebibliotek: Folkebibliotek
          skolebibliotek: {schoolLabel}
        {reminders}
        """;

    private const string A = """
        - id: a
          title: Svarfrist for kartleggingen
          date: 2022-12-02
          audience: [folkebibliotek]
          link: /aktuelt/
        """ + "\n";

    private const string B = """
        - id: b
          title: Møte om kravspesifikasjonen
          date: 2022-12-06T14:00
          audience: [skolebibliotek]
        """ + "\n";

    private const string C = """
        - id: c
          title: Frist i en nyhet
          date: 2022-12-20
          audience: [folkebibliotek]
          description: Les [nyhetene](/aktuelt/).
        """ + "\n";

    private static string News(string title, bool inline) => inline
        ? $"---\ntitle: {title}\ndate: 2022-11-01\ndeadlines:\n{Indent(C)}\n---\nTekst.\n"
        : $"---\ntitle: {title}\ndate: 2022-11-01\ndeadlines: [c]\n---\nTekst.\n";

    private static string Indent(string yaml) => string.Join('\n', yaml.Split('\n').Select(l => "  " + l));

    private sealed record Version(int Sequence, string Stamp, string Uid, string Content);

    [Fact]
    public void History_OrdinaryGitUse_SequenceFollowsExactlyWhatTheFeedSays()
    {
        using var site = new TestSite(("input/site.yml", Site()), ("input/data/deadlines.yml", A + B), ("input/news/sak.md", News("Sak", inline: true)));
        GitRepo.Init(site.Root);
        var at = T0;
        GitRepo.CommitAll(site.Root, at, "start");
        var versions = Check(site, null, changed: [], "first commit");

        void Step(string what, string[] changed, Action change)
        {
            at = at.AddHours(1);
            change();
            GitRepo.CommitAll(site.Root, at, what);
            versions = Check(site, versions, changed, what);
        }

        Step("edit a title", ["a"], () => site.Write("input/data/deadlines.yml", A.Replace("kartleggingen", "kartleggingen 2022") + B));
        var editedA = A.Replace("kartleggingen", "kartleggingen 2022");
        Step("git mv the news item that declares c", [], () => GitRepo.Git(site.Root, null, "mv", "input/news/sak.md", "input/news/ny-sak.md"));
        Step("move c's record into data/deadlines.yml", [], () =>
        {
            site.Write("input/news/ny-sak.md", News("Sak", inline: false));
            site.Write("input/data/deadlines.yml", editedA + B + C);
        });

        // A branch that changes b, merged back after main moved on: the merge is what publishes it.
        at = at.AddHours(1);
        GitRepo.Git(site.Root, null, "checkout", "-q", "-b", "endring");
        site.Write("input/data/deadlines.yml", editedA + B.Replace("14:00", "15:00") + C);
        GitRepo.CommitAll(site.Root, at, "b one hour later");
        GitRepo.Git(site.Root, null, "checkout", "-q", "main");
        at = at.AddHours(1);
        site.Write("input/news/ny-sak.md", News("Sak", inline: false).Replace("Tekst.", "Mer tekst."));
        GitRepo.CommitAll(site.Root, at, "news text");
        at = at.AddHours(1);
        GitRepo.Git(site.Root, at, "merge", "-q", "--no-ff", "-m", "merge endring", "endring");
        versions = Check(site, versions, ["b"], "merge of a branch that changed b");
        Assert.Equal(Stamp(at), versions["b"].Stamp); // the merge published it

        Step("site.yml default reminders", ["a", "b", "c"], () => site.Write("input/site.yml", Site("deadline_reminders: [P3D]")));
        Step("site.yml audience label", ["b"], () => site.Write("input/site.yml", Site("deadline_reminders: [P3D]", "Skolebibliotek i videregående skole")));
        Step("only link: changes", [], () => site.Write("input/data/deadlines.yml", editedA.Replace("link: /aktuelt/", "link: /aktuelt/ny-sak/") + B.Replace("14:00", "15:00") + C));

        // The site moves: every event's address changes, and published UIDs stay; a new deadline gets the new domain.
        var moved = versions;
        Step("site moved to another address, one deadline added", ["a", "b", "c", "d"], () =>
        {
            site.Write("input/site.yml", Site("deadline_reminders: [P3D]", "Skolebibliotek i videregående skole", "https://ny.example/prosjekt/"));
            site.Write("input/data/deadlines.yml", editedA.Replace("link: /aktuelt/", "link: /aktuelt/ny-sak/") + B.Replace("14:00", "15:00") + C
                + "- id: d\n  title: Ny frist\n  date: 2023-01-10\n");
        });
        Assert.All(moved, m => Assert.Equal(m.Value.Uid, versions[m.Key].Uid));
        Assert.Equal("d@prosjekt.ny.example", versions["d"].Uid);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 3, ["b"] = 4, ["c"] = 2, ["d"] = 0 }, versions.ToDictionary(v => v.Key, v => v.Value.Sequence));
    }

    /// <summary>Builds twice (once a day later), checks the versions against the previous step's, and returns them.</summary>
    private static Dictionary<string, Version> Check(TestSite site, Dictionary<string, Version>? before, string[] changed, string step)
    {
        var first = Build(site, BuildNow);
        var again = Build(site, BuildNow);
        var nextDay = Build(site, BuildNow.AddDays(1));
        Assert.True(first.Files.Select(f => (f.Path, Convert.ToBase64String(f.Content))).SequenceEqual(again.Files.Select(f => (f.Path, Convert.ToBase64String(f.Content)))),
            $"{step}: two builds of one commit differ");
        foreach (var feed in first.Files.Where(f => f.Path.EndsWith(".ics", StringComparison.Ordinal)))
            Assert.True(feed.Content.SequenceEqual(nextDay.File(feed.Path)!.Content), $"{step}: {feed.Path} depends on the build clock");

        var now = Versions(first.Text("kalender/frister.ics"));
        foreach (var single in first.Files.Where(f => f.Path.StartsWith("kalender/frist/", StringComparison.Ordinal)))
            Assert.Equal(now[Path.GetFileNameWithoutExtension(single.Path)], Versions(first.Text(single.Path)).Values.Single());
        if (before is null)
        {
            Assert.All(now.Values, v => Assert.Equal(0, v.Sequence));
            return now;
        }
        foreach (var (id, version) in now)
        {
            if (!before.TryGetValue(id, out var old))
            {
                Assert.True(changed.Contains(id), $"{step}: {id} appeared unexpectedly");
                continue;
            }
            var contentChanged = old.Content != version.Content;
            Assert.True(version.Sequence >= old.Sequence, $"{step}: SEQUENCE of {id} went down ({old.Sequence} → {version.Sequence})");
            Assert.True(string.CompareOrdinal(version.Stamp, old.Stamp) >= 0, $"{step}: DTSTAMP of {id} went back ({old.Stamp} → {version.Stamp})");
            Assert.True(contentChanged == changed.Contains(id), $"{step}: the feed content of {id} {(contentChanged ? "changed" : "did not change")}, expected the opposite");
            Assert.True(version.Sequence == old.Sequence + (contentChanged ? 1 : 0), $"{step}: SEQUENCE of {id} is {version.Sequence} after {old.Sequence}, and its content {(contentChanged ? "changed" : "did not change")}");
            Assert.True(version.Stamp != old.Stamp == contentChanged, $"{step}: DTSTAMP of {id} moved without a new version, or stayed with one");
        }
        return now;
    }

    private static BuildResult Build(TestSite site, DateTimeOffset now)
    {
        var result = SiteBuilder.Build(site.Options(now: now) with { UseGitHistory = true });
        result.AssertSucceeded();
        return result;
    }

    /// <summary>Each VEVENT by id: SEQUENCE, DTSTAMP, UID, and its other lines (unfolded), which are what subscribers see.</summary>
    private static Dictionary<string, Version> Versions(string ics)
    {
        var unfolded = ics.Replace("\r\n ", "");
        var result = new Dictionary<string, Version>(StringComparer.Ordinal);
        foreach (Match block in EventBlock().Matches(unfolded))
        {
            var lines = block.Value.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            string Value(string name) => lines.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];
            var uid = Value("UID");
            var content = string.Join("\n", lines.Where(l => !l.StartsWith("DTSTAMP:", StringComparison.Ordinal) && !l.StartsWith("LAST-MODIFIED:", StringComparison.Ordinal) && !l.StartsWith("SEQUENCE:", StringComparison.Ordinal)));
            Assert.Equal(Value("DTSTAMP"), Value("LAST-MODIFIED"));
            result[uid.Split('@')[0]] = new Version(int.Parse(Value("SEQUENCE"), System.Globalization.CultureInfo.InvariantCulture), Value("DTSTAMP"), uid, content);
        }
        return result;
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"BEGIN:VEVENT\r\n.*?END:VEVENT", RegexOptions.Singleline)]
    private static partial Regex EventBlock();
}
