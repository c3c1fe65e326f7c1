namespace SiteGen.Diagnostics;

/// <summary>
/// One message for the editor. Printed in the MSBuild canonical form so that editors and CI logs
/// make it clickable: <c>input/news/a.md(4,7): error SG1002: ...</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Location?.ToString() ?? "sitegen"}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
