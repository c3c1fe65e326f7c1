using System.Text;
using System.Text.Json;
using System.Xml;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Characters XML and iCalendar forbid (issue 12, class 4): a vertical tab from Word, a form feed,
/// U+0001, U+FFFE, made raw or by a YAML escape. Each gives a warning at its position and is
/// replaced by a space; every output format then reads back in a parser nobody here wrote.
/// </summary>
public sealed class HostileCharacterTests
{
    private const string News = "input/news/sak.md";

    public static TheoryData<string, string, string> Cases => new()
    {
        // name, news file, expected warning position
        { "vertical tab in title", "---\ntitle: Sak\u000Bmed VT\ndate: 2022-11-01\n---\nTekst\n", "(2,11)" },
        { "form feed in summary", "---\ntitle: Sak\ndate: 2022-11-01\nsummary: Kort\u000C sammendrag\n---\nTekst\n", "(4,14)" },
        { "U+0001 in body", "---\ntitle: Sak\ndate: 2022-11-01\n---\nTe\u0001kst\n", "(5,3)" },
        { "U+FFFE in title", "---\ntitle: Sak \uFFFE\ndate: 2022-11-01\n---\nTekst\n", "(2,12)" },
        { "escape in double quotes", "---\ntitle: \"Sak\\vmed\\x01escape\\uFFFE\"\ndate: 2022-11-01\n---\nTekst\n", "(2,8)" },
        { "NUL escape in double quotes", "---\ntitle: \"Sak\\0\"\ndate: 2022-11-01\n---\nTekst\n", "(2,8)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_ControlCharacter_WarnsAtItAndEveryFormatReadsBack(string name, string content, string position)
    {
        using var site = new TestSite((News, content),
            ("input/data/deadlines.yml", "- id: frist\n  title: \"Frist\\vmed VT\"\n  date: 2022-12-02\n  description: \"Linje\\x0Bto\"\n"));

        var outcome = HostileBuild.Run(site);

        Assert.True(outcome.Exit == ExitCodes.Success, $"{name}: exit {outcome.Exit}\n{outcome.Stderr}");
        Assert.Contains($"{News}{position}: warning SG1018:", outcome.Stderr);
        Assert.Contains("input/data/deadlines.yml(2,10): warning SG1018:", outcome.Stderr);
        AssertNoForbiddenCharacters(site.OutputDir);
        foreach (var feed in new[] { "aktuelt/rss.xml", "aktuelt/atom.xml", "sitemap.xml" })
            ReadXml(Path.Combine(site.OutputDir, feed));
        var index = Directory.GetFiles(Path.Combine(site.OutputDir, "sok", "indeks"), "*.json", SearchOption.AllDirectories);
        Assert.NotEmpty(index);
        foreach (var shard in index)
            using (JsonDocument.Parse(File.ReadAllBytes(shard))) { }
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(Path.Combine(site.OutputDir, "kalender", "frister.ics")));
        Assert.Contains(calendar!.Events, e => e.Summary!.Contains("Frist med VT"));
    }

    private static void ReadXml(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { CheckCharacters = true });
        while (reader.Read()) { }
    }

    private static void AssertNoForbiddenCharacters(string dir)
    {
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".html") || f.EndsWith(".xml") || f.EndsWith(".ics") || f.EndsWith(".json")))
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            var bad = SiteGen.Sources.ForbiddenCharacters.IndexOf(text.Replace("\0", "\u0001"));
            Assert.True(bad < 0, $"{file} has U+{(bad < 0 ? 0 : text[bad]):X4} at {bad}");
        }
    }
}
