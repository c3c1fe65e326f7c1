using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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
        var parser = new Parser(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode;
                diagnostics.Error(DiagnosticCodes.YamlSyntax, "expected one YAML document, found more than one ('---' inside the YAML?)", At(second.Start));
                return null;
            }
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, Describe(e), (IsAboutTabs(e) ? TabAfter(text, e.Start) : null) ?? At(e.Start));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner sometimes fails this way (e.g. on an unclosed '[' list) instead of
            // with a YamlException; the last event it read is the best position there is.
            var where = parser.Current?.End ?? Mark.Empty;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, "invalid YAML: a '[' or '{' is not closed, or a line continues a value it cannot belong to", At(where));
            return null;
        }
    }

    public SourceLocation At(Mark mark) =>
        new(Path, (int)Math.Max(1, mark.Line) + firstLine - 1, (int)Math.Max(1, mark.Column));

    public SourceLocation At(YamlNode node) => At(node.Start);

    /// <summary>YamlDotNet reports a tab at the start of the value it was reading; point at the tab itself.</summary>
    private SourceLocation? TabAfter(string text, Mark start)
    {
        var lines = text.Split('\n');
        for (var i = (int)Math.Max(0, start.Line - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
                return new SourceLocation(Path, i + firstLine, tab + 1);
        }
        return null;
    }

    private static bool IsAboutTabs(YamlException e) => e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase);

    private static string Describe(YamlException e)
    {
        var inner = e.InnerException?.Message;
        var message = string.IsNullOrWhiteSpace(inner) ? e.Message : inner;
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: ..) - (...):"; the position is printed by us.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0)
            message = message[(cut + 3)..];
        if (IsAboutTabs(e))
            return $"invalid YAML: {message.Trim()} (YAML does not allow tab characters for indentation; use spaces)";
        return $"invalid YAML: {message.Trim()}";
    }
}
