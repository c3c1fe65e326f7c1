namespace SiteGen.Diagnostics;

/// <summary>
/// One message for the editor. Printed in the MSBuild canonical form so that editors and CI logs
/// make it clickable: <c>input/news/a.md(4,7): error SG1002: ...</c>. The text is in both languages
/// (<see cref="Text"/>); the position, the words "error"/"warning" and the code never change with the language.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, LocalizedText Text, SourceLocation? Location)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The English text.</summary>
    public string Message => Text.En;

    /// <summary>The Norwegian (Bokmål) text, what editors see by default.</summary>
    public string MessageNb => Text.Nb;

    /// <summary>
    /// The canonical line, <c>path(line,col): error SGnnnn: message</c>, with the message in the given language.
    /// Always one line: a line break inside a quoted value is shown as \r or \n, so tools that read
    /// one message per line (problem matchers, editors) do not split it.
    /// </summary>
    public string Format(MessageLanguage language) =>
        OneLine($"{Location?.ToString() ?? "sitegen"}: {(IsError ? "error" : "warning")} {Code}: {Text.In(language)}");

    /// <summary>
    /// One message, one line: a file name or value with a line break or control character in it
    /// (quoted in the message) is shown escaped, as \n or \u000B, so tools that read the lines
    /// never see half a message.
    /// </summary>
    public static string OneLine(string text)
    {
        if (!text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
            return text;
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>The canonical line in English, for logs and test failures; what editors see goes through <see cref="Format"/>.</summary>
    public override string ToString() => Format(MessageLanguage.En);
}
