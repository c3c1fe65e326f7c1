using System.Collections.Immutable;
using System.Xml;
using SiteGen.Diagnostics;
using SiteGen.Sources;
using SiteGen.Time;
using SiteGen.Urls;
using SiteGen.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>Parses input/data/deadlines.yml (a list of records), and records written in a news item's front matter.</summary>
public static partial class DeadlineParser
{
    public static readonly string[] KnownKeys = ["id", "title", "date", "end", "audience", "description", "link", "status", "reminders"];

    /// <summary>
    /// Every record of the file. When the file as a whole is not YAML (a missing quote, a tab), each record is
    /// read on its own, so one broken record costs only itself: the others are checked as usual and the
    /// broken one's id is still known, so news that refer to it are not told the id does not exist.
    /// </summary>
    public static DeadlineFile ParseFile(SourceFile file, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Decode(file, diagnostics);
        if (text is null)
            return DeadlineFile.Empty;
        var source = new YamlSource(file.DisplayPath, 1);
        var whole = new DiagnosticBag();
        var root = source.Parse(text, whole);
        if (whole.HasErrors)
            return ParseRecordByRecord(file, text, whole, markdown, diagnostics);
        foreach (var warning in whole.ToImmutable())
            diagnostics.Add(warning); // the YAML layer's warnings (control characters made by escapes)
        if (root is null || YamlValues.IsNull(root))
            return DeadlineFile.Empty;
        // "deadlines:" over the list is the shape a CMS file collection edits (it wants a map at the top); the bare list still works.
        if (root is YamlMappingNode top && UnwrapTopKey(top, source, diagnostics) is var (unwrapped, done))
        {
            if (done)
                return DeadlineFile.Empty;
            root = unwrapped!;
        }
        if (root is not YamlSequenceNode list)
        {
            var found = YamlValues.Describe(root);
            diagnostics.Error(DiagnosticCodes.WrongType,
                en: $"the deadlines file must be a list of deadlines, each starting with '- id:', found {found.En}",
                nb: $"fristfilen skal være en liste med frister der hver begynner med «- id:», men her står det {found.Nb}", source.At(root));
            return DeadlineFile.Empty;
        }
        return new DeadlineFile(ParseList(source, list, markdown, file.RelativePath, diagnostics), []);
    }

    private static ImmutableArray<Deadline> ParseList(YamlSource source, YamlSequenceNode list, MarkdownRenderer markdown, string inputPath, DiagnosticBag diagnostics) =>
        [.. list.Children
            .Select(item => YamlMap.From(source, item, diagnostics, new("each deadline", "hver frist")))
            .OfType<YamlMap>()
            .Select(map => ParseRecord(map, markdown, inputPath))
            .OfType<Deadline>()];

    /// <summary>The file split at each "- " in the first column, every part parsed alone; the whole file's error if no part has one.</summary>
    private static DeadlineFile ParseRecordByRecord(SourceFile file, string text, DiagnosticBag wholeFileErrors, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var deadlines = ImmutableArray.CreateBuilder<Deadline>();
        var unread = ImmutableArray.CreateBuilder<(string, SourceLocation)>();
        var ownErrors = new DiagnosticBag();
        foreach (var (firstLine, chunk) in RecordChunks(text))
        {
            var source = new YamlSource(file.DisplayPath, firstLine);
            var chunkErrors = new DiagnosticBag();
            var node = source.Parse(chunk, chunkErrors);
            foreach (var error in chunkErrors.ToImmutable())
                ownErrors.Add(error);
            if (chunkErrors.HasErrors)
            {
                if (IdOf(chunk) is { } id)
                    unread.Add((id.Id, new SourceLocation(file.DisplayPath, firstLine + id.Line, 1)));
                continue;
            }
            if (node is YamlSequenceNode list)
                deadlines.AddRange(ParseList(source, list, markdown, file.RelativePath, ownErrors));
            else if (node is not null && !YamlValues.IsNull(node))
                return Fallback();
        }
        if (!ownErrors.HasErrors)
            return Fallback(); // the mistake lies between records (e.g. the dashes indented differently): report it as YAML saw it
        foreach (var diagnostic in ownErrors.ToImmutable())
            diagnostics.Add(diagnostic);
        return new DeadlineFile(deadlines.ToImmutable(), unread.ToImmutable());

        DeadlineFile Fallback()
        {
            foreach (var diagnostic in wholeFileErrors.ToImmutable())
                diagnostics.Add(diagnostic);
            return new DeadlineFile([], [.. IdLines(text).Select(x => (x.Id, new SourceLocation(file.DisplayPath, x.Line, 1)))]);
        }
    }

    /// <summary>
    /// A map at the top of the file whose only key is "deadlines": its list, or done (true) when that is empty or
    /// was reported. Null for any other map, which the caller reports as not a list.
    /// </summary>
    private static (YamlNode? List, bool Done)? UnwrapTopKey(YamlMappingNode top, YamlSource source, DiagnosticBag diagnostics)
    {
        if (top.Children.Count != 1 || top.Children.Keys.Single() is not YamlScalarNode { Value: FileKey } key)
            return null;
        var value = top.Children[key];
        if (YamlValues.IsNull(value))
            return (null, true);
        if (value is YamlSequenceNode)
            return (value, false);
        var found = YamlValues.Describe(value);
        diagnostics.Error(DiagnosticCodes.WrongType,
            en: $"'deadlines:' must be followed by a list of deadlines, each starting with '- id:', found {found.En}",
            nb: $"under «deadlines:» skal det stå en liste med frister der hver begynner med «- id:», men her står det {found.Nb}", source.At(value));
        return (null, true);
    }

    /// <summary>The top key of the deadlines file in the shape a CMS writes it.</summary>
    public const string FileKey = "deadlines";

    /// <summary>The list of records in a parsed deadlines file of either shape (bare list, or under "deadlines:"); null for anything else.</summary>
    public static YamlSequenceNode? RecordList(YamlNode? root) => root switch
    {
        YamlSequenceNode list => list,
        YamlMappingNode { Children.Count: 1 } top when top.Children.Keys.Single() is YamlScalarNode { Value: FileKey } key => top.Children[key] as YamlSequenceNode,
        _ => null,
    };

    /// <summary>Parts of the text that each begin at a line starting with "- " (a top-level record), with their first line (1-based).</summary>
    private static IEnumerable<(int FirstLine, string Text)> RecordChunks(string text)
    {
        var lines = text.Split('\n');
        var start = 0;
        for (var i = 1; i <= lines.Length; i++)
        {
            if (i < lines.Length && !(lines[i].StartsWith("- ", StringComparison.Ordinal) || lines[i].TrimEnd() == "-"))
                continue;
            yield return (start + 1, string.Join('\n', lines[start..i]));
            start = i;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s-]*id\s*:\s*[""']?([^""'#\s]+)")]
    private static partial System.Text.RegularExpressions.Regex IdLine();

    private static IEnumerable<(string Id, int Line)> IdLines(string text) =>
        text.Split('\n').Select((line, i) => (Match: IdLine().Match(line), Line: i + 1)).Where(x => x.Match.Success).Select(x => (x.Match.Groups[1].Value, x.Line));

    /// <summary>The id written in a record that is not YAML, and its line within the record (0-based).</summary>
    private static (string Id, int Line)? IdOf(string chunk) =>
        IdLines(chunk).Select(x => ((string, int)?)(x.Id, x.Line - 1)).FirstOrDefault();

    /// <param name="inputPath">The file the record is written in, relative to input/, so a link in its description like "../files/x.pdf" finds the file.</param>
    public static Deadline? ParseRecord(YamlMap map, MarkdownRenderer markdown, string inputPath)
    {
        foreach (var key in map.Keys.Where(k => !KnownKeys.Contains(k)))
        {
            var meant = KeySpelling.Suggest(key, KnownKeys, KeySpelling.DeadlineSynonyms);
            map.Diagnostics.Warning(DiagnosticCodes.UnknownValue, meant is null
                ? new($"unknown deadline field '{key}' is ignored (known: {string.Join(", ", KnownKeys)})",
                    $"feltet «{key}» brukes ikke i frister og blir hoppet over – sjekk stavemåten (disse feltene finnes: {string.Join(", ", KnownKeys.Select(k => $"«{k}»"))})")
                : new($"unknown deadline field '{key}' is ignored; did you mean '{meant}'?",
                    $"feltet «{key}» brukes ikke i frister og blir hoppet over – mente du «{meant}»?"),
                map.KeyLocation(key));
        }

        var id = map.String("id", required: true);
        if (id is not null && !Slugs.IsValid(id))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidSlug,
                en: $"'id' must be lower-case letters a-z, digits and hyphens (like '{Slugs.FromTitle(id)}'), found '{id}'",
                nb: $"«id» kan bare ha små bokstaver a–z, tall og bindestrek, men er «{id}» – skriv for eksempel «{Slugs.FromTitle(id)}»",
                map.LocationOf("id"));
            id = null;
        }
        else if (id is not null && Slugs.TooLong(id, new("'id'", "«id»")) is { } tooLong)
            map.Diagnostics.Error(DiagnosticCodes.InvalidSlug, tooLong, map.LocationOf("id")); // kept, so news that name it are not told it does not exist
        var title = map.String("title", required: true);
        var start = DateReader.Read(map, "date", required: true, allowMonth: true);
        var end = DateReader.Read(map, "end", allowMonth: true);
        var audiences = map.Strings("audience");
        var description = map.String("description", allowEmpty: true);
        var link = ReadLink(map);
        var cancelled = ReadStatus(map);
        var reminders = ReadReminders(map, "reminders");

        if (id is null)
            return null;
        // A record with a bad title or date is kept with stand-ins (the build fails on its error anyway), so news
        // that name it, its audiences and its link are checked in the same run instead of after the date is fixed.
        var recovered = title is null || start is null;
        title ??= id;
        start ??= new DateText(Recovery.Date, null, false);
        if (!recovered && end is { } e && (e.Date < start.Value.Date || e.Time is not null && start.Value.Time is not null && e.LocalDateTime < start.Value.LocalDateTime))
        {
            var (endText, startText) = (Shown(e), Shown(start.Value));
            map.Diagnostics.Error(DiagnosticCodes.EndBeforeStart,
                en: $"'end' ({endText}) is before 'date' ({startText})",
                nb: $"sluttdatoen «end» ({endText}) er før startdatoen «date» ({startText}) – rett den som er feil",
                map.LocationOf("end"));
            end = null; // keep the deadline, so news that name it and the checks of its other fields still run
        }
        if (description is not null && description.Contains(Authoring.ContentTemplates.DeadlinePlaceholder, StringComparison.Ordinal))
            map.Diagnostics.Warning(DiagnosticCodes.PlaceholderText,
                en: $"the description is still the placeholder '{Authoring.ContentTemplates.DeadlinePlaceholder}' that 'new deadline' wrote; say what is to be done by the deadline",
                nb: $"beskrivelsen er fortsatt plassholderen «{Authoring.ContentTemplates.DeadlinePlaceholder}» som «new deadline» skrev – skriv hva som skal gjøres innen fristen",
                map.LocationOf("description"));
        var rendered = description is null ? null : RenderDescription(map, description, markdown, inputPath);
        var descriptionText = description is null ? "" : PlainText.FromMarkdown(description);
        return new Deadline(id, title.Trim(), start.Value, end, [.. audiences.Select(a => a.Value)], rendered?.Html ?? "", descriptionText, link, cancelled, reminders,
            map.Location, DeadlineFingerprint.Of(map.Node), map.Has("link") ? map.LocationOf("link") : null, audiences)
        {
            Recovered = recovered,
            DescriptionLinks = rendered?.Links ?? [],
        };
    }

    /// <summary>The longest reminder: calendars show alarms a year ahead at most, and deadline minus a year stays inside the supported dates.</summary>
    public static readonly TimeSpan MaxReminder = TimeSpan.FromDays(366);

    private static string Shown(DateText d) =>
        d.Time is { } t ? $"{d.Date:yyyy-MM-dd} {t:HH\\:mm}" : $"{d.Date:yyyy-MM-dd}";

    public static ImmutableArray<TimeSpan>? ReadReminders(YamlMap map, string key)
    {
        if (!map.Has(key))
            return null;
        var builder = ImmutableArray.CreateBuilder<TimeSpan>();
        foreach (var (text, location) in map.Strings(key))
        {
            try
            {
                var span = XmlConvert.ToTimeSpan(text);
                if (span > MaxReminder)
                    map.Diagnostics.Error(DiagnosticCodes.WrongType,
                        en: $"a reminder may be at most a year (P366D) before the deadline, found '{text}'",
                        nb: $"en påminnelse kan være høyst ett år (P366D) før fristen, men er «{text}» – skriv for eksempel P30D (30 dager før)",
                        location);
                else if (span > TimeSpan.Zero)
                    builder.Add(span);
                else
                    map.Diagnostics.Error(DiagnosticCodes.WrongType,
                        en: $"a reminder must be a positive duration before the deadline, found '{text}'",
                        nb: $"en påminnelse må være en tid før fristen, men er «{text}» – skriv for eksempel P7D (7 dager før) eller PT2H (2 timer før)",
                        location);
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                map.Diagnostics.Error(DiagnosticCodes.WrongType,
                    en: $"'{text}' is not a duration; write for example P7D (7 days), P1D (1 day) or PT2H (2 hours)",
                    nb: $"«{text}» er ikke en tidsperiode – skriv for eksempel P7D (7 dager), P1D (1 dag) eller PT2H (2 timer)",
                    location);
            }
        }
        return builder.ToImmutable();
    }

    private static string? ReadLink(YamlMap map)
    {
        var link = map.String("link")?.Trim();
        if (link is null)
            return null;
        var ok = SitePaths.IsSitePath(link) && !link.Split('/', '#', '?').Contains("..")
                 || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                 || link.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
        if (ok)
            return link;
        map.Diagnostics.Error(DiagnosticCodes.InvalidLink,
            en: $"'link' must be a path on this site starting with '/' (like /aktuelt/sak/) or an https:// address, found '{link}'",
            nb: $"«link» må være en adresse på nettstedet som begynner med «/» (som /aktuelt/sak/) eller en https://-adresse, men er «{link}»",
            map.LocationOf("link"));
        return null;
    }

    private static bool ReadStatus(YamlMap map)
    {
        var status = map.String("status")?.Trim().ToLowerInvariant();
        switch (status)
        {
            case null or "active" or "aktiv": return false;
            case "cancelled" or "canceled" or "avlyst": return true;
            default:
                map.Diagnostics.Error(DiagnosticCodes.UnknownValue,
                    en: $"'status' must be 'cancelled' (or left out), found '{status}'",
                    nb: $"«status» kan bare være «cancelled» (når fristen er avlyst) eller utelates, men er «{status}»",
                    map.LocationOf("status"));
                return false;
        }
    }

    /// <summary>The description as HTML; messages about its links point at their line and column in the YAML file.</summary>
    private static MarkdownResult RenderDescription(YamlMap map, string description, MarkdownRenderer markdown, string inputPath)
    {
        var value = map.LocationOf("description");
        var (firstLine, columnOffset) = map.ValueNode("description") switch
        {
            // "description: |" or ">": the text starts on the next line, indented (as a rule, two more than the key).
            YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } => (value.Line + 1, map.KeyLocation("description").Column + 1),
            YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } => (value.Line, value.Column),
            _ => (value.Line, value.Column - 1),
        };
        return markdown.Render(description, map.Source.Path, firstLine, inputPath, columnOffset, map.Diagnostics);
    }
}
