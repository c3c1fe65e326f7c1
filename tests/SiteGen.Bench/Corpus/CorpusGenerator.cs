using System.Globalization;
using System.Text;

namespace SiteGen.Bench.Corpus;

/// <summary>
/// A deterministic corpus: N news items of 400–700 words (headings, lists, links to other items and
/// to PDFs, a table now and then, tags), N/10 deadlines and a few PDFs. The same seed and N give the
/// same bytes. <see cref="SiteGenLayout"/> and <see cref="HugoLayout"/> write it for each generator.
/// </summary>
public sealed class CorpusGenerator(int news, int seed)
{
    public const string BaseUrl = "https://bench.example/";
    public const int PdfCount = 5;

    /// <summary>The newest item's date; the build's --now is the day after, so nothing is in the future.</summary>
    public static readonly DateOnly Newest = new(2025, 5, 31);
    public static readonly DateOnly Now = Newest.AddDays(1);
    private const int SpanDays = 4750; // about 13 years of news

    public static readonly (string Id, string Label)[] Audiences =
        [("folkebibliotek", "Folkebibliotek"), ("skolebibliotek", "Skolebibliotek i videregående skole"), ("kommuner", "Kommuner")];

    public int News { get; } = news;
    public int Seed { get; } = seed;
    public int DeadlineCount => News / 10;

    public static string PdfName(int k) => $"dokument-{k + 1}.pdf";

    public static string DeadlineId(int j) => $"frist-{j + 1:D5}";

    /// <summary>Titles and slugs come first: bodies link to other items by their address.</summary>
    private (string Slug, string Title)[]? heads;

    private (string Slug, string Title) Head(int i)
    {
        heads ??= [.. Enumerable.Range(0, News).Select(MakeHead)];
        return heads[i];
    }

    private (string, string) MakeHead(int i)
    {
        var title = NorwegianText.Title(SeededRandom.For(Seed, i, salt: 1));
        return ($"{Urls.Slugs.FromTitle(title)}-{i + 1}", title);
    }

    public IEnumerable<CorpusItem> Items() => Enumerable.Range(0, News).Select(Item);

    public CorpusItem Item(int i)
    {
        var (slug, title) = Head(i);
        var random = SeededRandom.For(Seed, i, salt: 2);
        var date = Newest.AddDays(-(int)((long)i * SpanDays / Math.Max(1, News)));
        var tags = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Pick(NorwegianText.Tags)).Distinct().ToList();
        var deadlines = new List<string>();
        if (i % 10 == 0 && i / 10 < DeadlineCount)
            deadlines.Add(DeadlineId(i / 10));
        if (DeadlineCount > 0 && random.Chance(5))
            deadlines.Add(DeadlineId(random.Next(0, DeadlineCount)));
        var summary = NorwegianText.Sentence(random);
        return new CorpusItem(i, slug, title, date, summary, tags, [.. deadlines.Distinct()], Body(i, random));
    }

    /// <summary>
    /// Blocks are added while the text is under a target of 400–560 words; the last block overshoots by
    /// at most about 130 words, so every body has 400–700 words.
    /// </summary>
    private string Body(int i, SeededRandom random)
    {
        var target = random.Next(400, 560);
        var text = new StringBuilder();
        var words = 0;
        void Add(string block)
        {
            if (words >= target)
                return;
            text.Append(block).Append("\n\n");
            words += NorwegianText.WordCount(block);
        }

        Add(Paragraph(random, i));
        var sections = random.Next(2, 5);
        for (var s = 0; s < sections; s++)
        {
            Add("## " + NorwegianText.Title(random) + "\n\n" + Paragraph(random, i));
            if (s == 0 && random.Chance(70))
                Add(List(random, ordered: random.Chance(30)));
            if (s == 1 && random.Chance(15))
                Add(Table(random));
            if (random.Chance(30))
                Add("### " + NorwegianText.Title(random) + "\n\n" + Paragraph(random, i));
        }
        while (words < target)
            Add(Paragraph(random, i));
        return text.ToString();
    }

    /// <summary>3–6 sentences; now and then a link to another item or a PDF, and some emphasis.</summary>
    private string Paragraph(SeededRandom random, int self)
    {
        var text = new StringBuilder();
        var sentences = random.Next(3, 7);
        for (var k = 0; k < sentences; k++)
        {
            if (k > 0)
                text.Append(' ');
            var sentence = NorwegianText.Sentence(random);
            if (random.Chance(12))
                sentence = $"**{sentence[..^1]}**{sentence[^1]}";
            text.Append(sentence);
        }
        if (News > 1 && random.Chance(45))
        {
            var other = random.Next(0, News - 1);
            if (other >= self)
                other++;
            var (slug, title) = Head(other);
            text.Append($" Les også [{title.ToLowerInvariant()}](/aktuelt/{slug}/).");
        }
        if (random.Chance(12))
            text.Append($" Se _{NorwegianText.Pick(random, NorwegianText.Nouns)}_ i [dokumentet (PDF)](/files/{PdfName(random.Next(0, PdfCount))}).");
        return text.ToString();
    }

    private static string List(SeededRandom random, bool ordered)
    {
        var items = Enumerable.Range(0, random.Next(3, 7))
            .Select(n => $"{(ordered ? $"{n + 1}." : "-")} {NorwegianText.Sentence(random)}");
        return string.Join('\n', items);
    }

    private static string Table(SeededRandom random)
    {
        var rows = new StringBuilder("| Bibliotek | Sted | Antall |\n| --- | --- | ---: |\n");
        for (var r = random.Next(3, 7); r > 0; r--)
            rows.Append($"| {NorwegianText.Capitalize(random.Pick(NorwegianText.Nouns))} | {random.Pick(NorwegianText.Places)} | {random.Next(10, 5000).ToString(CultureInfo.InvariantCulture)} |\n");
        return rows.ToString().TrimEnd('\n');
    }

    public IEnumerable<CorpusDeadline> Deadlines() => Enumerable.Range(0, DeadlineCount).Select(Deadline);

    private CorpusDeadline Deadline(int j)
    {
        var random = SeededRandom.For(Seed, j, salt: 3);
        // Spread from about 11 years back to 1 year ahead of --now, so both lists on the page are filled.
        var day = Now.AddDays(-4000 + (int)((long)j * 4365 / Math.Max(1, DeadlineCount)));
        var kind = random.Next(0, 100);
        string date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string? end = null;
        if (kind < 10)
            date += $"T{random.Next(9, 16):D2}:00";
        else if (kind < 15)
            date = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        else if (kind < 20)
            end = day.AddDays(random.Next(3, 40)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var audiences = Audiences.Where(_ => random.Chance(45)).Select(a => a.Id).ToList();
        if (audiences.Count == 0)
            audiences.Add(random.Pick(Audiences).Id);
        var owner = j * 10 < News ? Head(j * 10).Slug : null;
        return new CorpusDeadline(DeadlineId(j), "Frist: " + NorwegianText.Title(random).ToLowerInvariant(), date, end, audiences,
            NorwegianText.Sentence(random) + " " + NorwegianText.Sentence(random),
            owner is not null && random.Chance(50) ? $"/aktuelt/{owner}/" : null, random.Chance(2));
    }

    /// <summary>data/deadlines.yml, the same file for both generators (dates quoted: both read them as text).</summary>
    public string DeadlinesYaml()
    {
        var yaml = new StringBuilder();
        foreach (var d in Deadlines())
        {
            yaml.Append($"- id: {d.Id}\n  title: {Quote(d.Title)}\n  date: {Quote(d.Date)}\n");
            if (d.End is not null)
                yaml.Append($"  end: {Quote(d.End)}\n");
            yaml.Append($"  audience: [{string.Join(", ", d.Audiences)}]\n  description: {Quote(d.Description)}\n");
            if (d.Link is not null)
                yaml.Append($"  link: {d.Link}\n");
            if (d.Cancelled)
                yaml.Append("  status: cancelled\n");
            yaml.Append('\n');
        }
        return yaml.ToString();
    }

    /// <summary>Front matter both generators read: the same keys and values.</summary>
    public static string FrontMatter(CorpusItem item)
    {
        var yaml = new StringBuilder("---\n")
            .Append($"title: {Quote(item.Title)}\n")
            .Append($"date: {item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n")
            .Append($"summary: {Quote(item.Summary)}\n")
            .Append($"tags: [{string.Join(", ", item.Tags)}]\n");
        if (item.DeadlineIds.Count > 0)
            yaml.Append($"deadlines: [{string.Join(", ", item.DeadlineIds)}]\n");
        return yaml.Append("---\n").ToString();
    }

    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Pages besides the news: the home page's introduction and two pages in the menu.</summary>
    public IEnumerable<(string Slug, string Title, string Body)> Pages()
    {
        var random = SeededRandom.For(Seed, 0, salt: 4);
        yield return ("index", "Grenseløse muligheter", Paragraph(random, -1) + "\n\n" + Paragraph(random, -1) + "\n");
        foreach (var (slug, title) in new[] { ("om-prosjektet", "Om prosjektet"), ("for-bibliotekledere", "For bibliotekledere"), ("tilgjengelighet", "Tilgjengelighetserklæring") })
        {
            var body = new StringBuilder();
            for (var s = 0; s < 4; s++)
                body.Append("## ").Append(NorwegianText.Title(random)).Append("\n\n").Append(Paragraph(random, -1)).Append("\n\n");
            yield return (slug, title, body.ToString());
        }
    }
}
