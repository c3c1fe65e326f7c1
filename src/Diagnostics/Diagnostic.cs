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
        $"{Location?.ToString() ?? "sitegen"}: {(IsError ? "error" : "warning")} {Code}: {OneLine(Text.In(language))}";

    private static string OneLine(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>The canonical line in English, for logs and test failures; what editors see goes through <see cref="Format"/>.</summary>
    public override string ToString() => Format(MessageLanguage.En);
}
