using SiteGen.Content;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using SiteGen.Sources;

namespace SiteGen.Yaml;

/// <summary>
/// Parses YAML text that may sit inside a larger file (front matter), keeping positions that point
/// into the real file. Every scalar keeps its own mark, so a bad value is reported where it stands.
/// </summary>
public sealed class YamlSource(string path, int firstLine)
{
    public string Path { get; } = path;

    /// <summary>Parses one document; null (plus a diagnostic) when the text is not YAML.</summary>
    public YamlNode? Parse(string text, DiagnosticBag diagnostics)
    {
        var parser = new YamlLimits(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode;
                diagnostics.Error(DiagnosticCodes.YamlSyntax, en: "expected one YAML document, found more than one ('---' inside the YAML?)",
                    nb: "en linje med «---» deler filen i to – fjern linjen", At(second.Start));
                return null;
            }
            if (stream.Documents.Count == 0)
                return null;
            CleanEscapes(stream.Documents[0].RootNode, diagnostics);
            return stream.Documents[0].RootNode;
        }
        catch (YamlRefusedException e)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new LocalizedText("invalid YAML: ", YamlMessages.PrefixNb) + e.Text, At(e.At));
            return null;
        }
        catch (YamlException e)
        {
            // YamlDotNet puts a tab error at the start of the enclosing mapping; the editor needs the tab's own line.
            var at = YamlMessages.IsAboutTabs(e.Message) && FirstIndentingTab(text) is { } tab ? tab : e.Start;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, Describe(e), At(at));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // ArgumentException: YamlDotNet's node loader refuses some event sequences random text makes
            // ("The current event is of an unsupported type"); also the editor's text, not a crash.
            // YamlDotNet's scanner throws this, not a YamlException, for some unclosed '[' or '{' (e.g. "tags: [a, b"
            // followed by more lines). It is the editor's mistake, not a crash: report it after the last good token.
            diagnostics.Error(DiagnosticCodes.YamlSyntax,
                en: "invalid YAML: the text cannot be read after this point; is a '[', '{' or quote left open?",
                nb: YamlMessages.PrefixNb + "teksten stopper opp her – står en «[», en «{» eller et anførselstegn åpen uten å bli lukket?",
                At(parser.LastGoodMark));
            return null;
        }
    }

    /// <summary>
    /// The file's text is already free of control characters (TextDecoder), but an escape in double
    /// quotes ("\v", "\x01", "\uFFFE") makes them anew; the same rule replaces them, at the value.
    /// </summary>
    private void CleanEscapes(YamlNode root, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
                continue; // an alias: the same node, cleaned once
            switch (node)
            {
                case YamlScalarNode { Style: ScalarStyle.DoubleQuoted, Value: { } value } scalar:
                    scalar.Value = ForbiddenCharacters.Clean(value, At(scalar), diagnostics);
                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children)
                        pending.Push(child);
                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }
                    break;
            }
        }
    }

    /// <summary>The position (1-based) of the first tab in a line's indentation, if any.</summary>
    private static Mark? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
                return new Mark(0, i + 1, tab + 1);
        }
        return null;
    }

    public SourceLocation At(Mark mark) =>
        new(Path, (int)Math.Max(1, mark.Line) + firstLine - 1, (int)Math.Max(1, mark.Column));

    public SourceLocation At(YamlNode node) => At(node.Start);

    private static LocalizedText Describe(YamlException e)
    {
        var inner = e.InnerException?.Message;
        var message = string.IsNullOrWhiteSpace(inner) ? e.Message : inner;
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: ..) - (...):"; the position is printed by us.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0)
            message = message[(cut + 3)..];
        return YamlMessages.Describe(message);
    }
}
