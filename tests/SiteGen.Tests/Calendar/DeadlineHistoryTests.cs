using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Calendar;

/// <summary>
/// Subscribers must see an event change only when its deadline changed: UID, DTSTAMP and SEQUENCE
/// come from the deadline id and the git history of its own record.
/// </summary>
public sealed class DeadlineHistoryTests
{
    private static readonly DateTimeOffset T1 = new(2022, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = new(2022, 11, 8, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BuildNow = new(2022, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private sealed record Record(string Id, string Title, string Date);

    private static string Yaml(IEnumerable<Record> records, bool titleFirst = false)
    {
        var text = new StringBuilder();
        foreach (var r in records)
        {
            text.Append(titleFirst ? $"- title: \"{r.Title}\"\n  id: {r.Id}\n" : $"- id: {r.Id}\n  title: {r.Title}\n");
            text.Append($"  date: {r.Date}\n");
        }
        return text.ToString();
    }

    private static Dictionary<string, (DateTime Stamp, int Sequence)> Stamps(TestSite site)
    {
        var result = SiteBuilder.Build(site.Options(now: BuildNow) with { UseGitHistory = true });
        result.AssertSucceeded();
        return Ics.Parse(result, "kalender/frister.ics").Events
            .ToDictionary(e => e.Uid!.Split('@')[0], e => (e.DtStamp!.AsUtc, e.Sequence));
    }

    [Fact]
    public void Stamp_ReorderedAndReformattedFile_LeavesEveryEventUnchanged()
    {
        Record[] records = [new("a", "Første", "2022-12-02"), new("b", "Andre", "2022-12-15"), new("c", "Tredje", "2022-12-30")];
        using var site = new TestSite(("input/data/deadlines.yml", Yaml(records)));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, T1);
        site.Write("input/data/deadlines.yml", Yaml(records.Reverse(), titleFirst: true));
        GitRepo.CommitAll(site.Root, T2);

        var stamps = Stamps(site);

        Assert.All(stamps.Values, s => Assert.Equal((T1.UtcDateTime, 0), s));
    }

    [Fact]
    public void Stamp_OneDeadlineEdited_ChangesOnlyThatEvent()
    {
        Record[] before = [new("a", "Første", "2022-12-02"), new("b", "Andre", "2022-12-15"), new("c", "Tredje", "2022-12-30")];
        using var site = new TestSite(("input/data/deadlines.yml", Yaml(before)));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, T1);
        site.Write("input/data/deadlines.yml", Yaml([before[0], before[1] with { Date = "2022-12-16" }, before[2]]));
        GitRepo.CommitAll(site.Root, T2);

        var stamps = Stamps(site);

        Assert.Equal((T1.UtcDateTime, 0), stamps["a"]);
        Assert.Equal((T2.UtcDateTime, 1), stamps["b"]);
        Assert.Equal((T1.UtcDateTime, 0), stamps["c"]);
    }

    [Fact]
    public void Stamp_UncommittedEdit_CountsAsChangedAtBuildTime()
    {
        Record[] records = [new("a", "Første", "2022-12-02")];
        using var site = new TestSite(("input/data/deadlines.yml", Yaml(records)));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, T1);
        site.Write("input/data/deadlines.yml", Yaml([records[0] with { Title = "Endret" }]));

        var stamps = Stamps(site);

        Assert.Equal((BuildNow.UtcDateTime, 1), stamps["a"]);
    }

    /// <summary>
    /// A random walk of commits (reorder, edit one, add one) on a seeded generator; after each build,
    /// every event's DTSTAMP and SEQUENCE must match a simple model of "when did this record last change".
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Stamp_RandomHistory_MatchesLastChangeOfEachRecord(int seed)
    {
        var random = new Random(seed);
        var records = Enumerable.Range(0, 5).Select(i => new Record($"frist-{i}", $"Frist {i}", $"2022-12-{i + 1:D2}")).ToList();
        var expected = records.ToDictionary(r => r.Id, _ => (Stamp: T1.UtcDateTime, Sequence: 0));
        using var site = new TestSite(("input/data/deadlines.yml", Yaml(records)));
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, T1);

        for (var step = 1; step <= 4; step++)
        {
            var at = T1.AddDays(step);
            switch (random.Next(3))
            {
                case 0:
                    records = [.. records.OrderBy(_ => random.Next())];
                    break;
                case 1:
                    var index = random.Next(records.Count);
                    records[index] = records[index] with { Title = records[index].Title + " endret" };
                    expected[records[index].Id] = (at.UtcDateTime, expected[records[index].Id].Sequence + 1);
                    break;
                default:
                    var added = new Record($"ny-{step}", $"Ny frist {step}", "2023-01-10");
                    records.Insert(random.Next(records.Count + 1), added);
                    expected[added.Id] = (at.UtcDateTime, 0);
                    break;
            }
            site.Write("input/data/deadlines.yml", Yaml(records, titleFirst: random.Next(2) == 0));
            GitRepo.CommitAll(site.Root, at);

            var stamps = Stamps(site);

            Assert.Equal(expected.OrderBy(e => e.Key), stamps.OrderBy(s => s.Key));
        }
    }
}
