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
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
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
            diagnostics.Error(DiagnosticCodes.YamlSyntax, Describe(e), At(e.Start));
            return null;
        }
    }

    public SourceLocation At(Mark mark) =>
        new(Path, (int)Math.Max(1, mark.Line) + firstLine - 1, (int)Math.Max(1, mark.Column));

    public SourceLocation At(YamlNode node) => At(node.Start);

    private static string Describe(YamlException e)
    {
        var inner = e.InnerException?.Message;
        var message = string.IsNullOrWhiteSpace(inner) ? e.Message : inner;
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: ..) - (...):"; the position is printed by us.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0)
            message = message[(cut + 3)..];
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) || message.Contains("\\t", StringComparison.Ordinal))
            return $"invalid YAML: {message.Trim()} (YAML does not allow tab characters for indentation; use spaces)";
        return $"invalid YAML: {message.Trim()}";
    }
}
