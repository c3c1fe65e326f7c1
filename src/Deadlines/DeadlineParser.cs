using System.Collections.Immutable;
using System.Xml;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Deadlines;

/// <summary>Parses input/data/deadlines.yml (a list of records), and records written in a news item's front matter.</summary>
public static class DeadlineParser
{
    private static readonly string[] KnownKeys = ["id", "title", "date", "end", "audience", "description", "link", "status", "reminders"];

    public static ImmutableArray<Deadline> ParseFile(SourceFile file, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Decode(file, diagnostics);
        if (text is null)
            return [];
        var source = new YamlSource(file.DisplayPath, 1);
        var root = source.Parse(text, diagnostics);
        if (root is null || YamlValues.IsNull(root))
            return [];
        if (root is not YamlSequenceNode list)
        {
            var found = YamlValues.Describe(root);
            diagnostics.Error(DiagnosticCodes.WrongType,
                en: $"the deadlines file must be a list of deadlines, each starting with '- id:', found {found.En}",
                nb: $"fristfilen skal være en liste med frister der hver begynner med «- id:», men her står det {found.Nb}", source.At(root));
            return [];
        }
        return [.. list.Children
            .Select(item => YamlMap.From(source, item, diagnostics, new("each deadline", "hver frist")))
            .OfType<YamlMap>()
            .Select(map => ParseRecord(map, markdown, file.RelativePath))
            .OfType<Deadline>()];
    }

    /// <param name="inputPath">The file the record is written in, relative to input/, so a link in its description like "../files/x.pdf" finds the file.</param>
    public static Deadline? ParseRecord(YamlMap map, MarkdownRenderer markdown, string inputPath)
    {
        foreach (var key in map.Keys.Where(k => !KnownKeys.Contains(k)))
            map.Diagnostics.Warning(DiagnosticCodes.UnknownValue,
                en: $"unknown deadline field '{key}' is ignored (known: {string.Join(", ", KnownKeys)})",
                nb: $"feltet «{key}» brukes ikke i frister og blir hoppet over – sjekk stavemåten (disse feltene finnes: {string.Join(", ", KnownKeys.Select(k => $"«{k}»"))})",
                map.KeyLocation(key));

        var id = map.String("id", required: true);
        if (id is not null && !Slugs.IsValid(id))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidSlug,
                en: $"'id' must be lower-case letters a-z, digits and hyphens (like '{Slugs.FromTitle(id)}'), found '{id}'",
                nb: $"«id» kan bare ha små bokstaver a–z, tall og bindestrek, men er «{id}» – skriv for eksempel «{Slugs.FromTitle(id)}»",
                map.LocationOf("id"));
            id = null;
        }
        var title = map.String("title", required: true);
        var start = DocumentParser.ReadDate(map, "date", required: true, allowMonth: true);
        var end = DocumentParser.ReadDate(map, "end", allowMonth: true);
        var audiences = map.Strings("audience");
        var description = map.String("description", allowEmpty: true);
        var link = ReadLink(map);
        var cancelled = ReadStatus(map);
        var reminders = ReadReminders(map, "reminders");

        if (id is null || title is null || start is null)
            return null;
        if (end is { } e && e.Date < start.Value.Date)
        {
            map.Diagnostics.Error(DiagnosticCodes.EndBeforeStart,
                en: $"'end' ({e.Date:yyyy-MM-dd}) is before 'date' ({start.Value.Date:yyyy-MM-dd})",
                nb: $"sluttdatoen «end» ({e.Date:yyyy-MM-dd}) er før startdatoen «date» ({start.Value.Date:yyyy-MM-dd}) – rett den som er feil",
                map.LocationOf("end"));
            end = null; // keep the deadline, so news that name it and the checks of its other fields still run
        }
        var descriptionHtml = description is null ? "" : RenderDescription(map, description, markdown, inputPath);
        var descriptionText = description is null ? "" : PlainText.FromMarkdown(description);
        return new Deadline(id, title.Trim(), start.Value, end, [.. audiences.Select(a => a.Value)], descriptionHtml, descriptionText, link, cancelled, reminders,
            map.Location, DeadlineFingerprint.Of(map.Node), map.Has("link") ? map.LocationOf("link") : null, audiences);
    }

    /// <summary>The longest reminder: calendars show alarms a year ahead at most, and deadline minus a year stays inside the supported dates.</summary>
    public static readonly TimeSpan MaxReminder = TimeSpan.FromDays(366);

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
        var ok = link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.Split('/', '#', '?').Contains("..")
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
    private static string RenderDescription(YamlMap map, string description, MarkdownRenderer markdown, string inputPath)
    {
        var value = map.LocationOf("description");
        var (firstLine, columnOffset) = map.ValueNode("description") switch
        {
            // "description: |" or ">": the text starts on the next line, indented (as a rule, two more than the key).
            YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } => (value.Line + 1, map.KeyLocation("description").Column + 1),
            YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } => (value.Line, value.Column),
            _ => (value.Line, value.Column - 1),
        };
        return markdown.Render(description, map.Source.Path, firstLine, inputPath, columnOffset).Html;
    }
}
