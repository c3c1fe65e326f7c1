using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Tests.Support;

public static partial class DiagnosticAssert
{
    [GeneratedRegex(@"^[^()\s][^()]*\(\d+,\d+\): error SG\d{4}: \S.*$")]
    private static partial Regex CanonicalError();

    /// <summary>
    /// Asserts an error with this code at this place, printed in the canonical
    /// <c>path(line,col): error SGnnnn: message</c> form; returns it for checks on the message.
    /// </summary>
    public static Diagnostic AssertError(this BuildResult result, string code, string path, int line, int? column = null)
    {
        Assert.False(result.Succeeded, "the build succeeded, but an error was expected");
        Assert.Empty(result.Files);
        var hit = result.Errors.FirstOrDefault(d =>
            d.Code == code && d.Location is { } l && l.Path == path && l.Line == line && (column is null || l.Column == column));
        if (hit is null)
            throw new Xunit.Sdk.XunitException(
                $"expected error {code} at {path}({line},{column?.ToString() ?? "*"}); the build reported:\n{string.Join("\n", result.Diagnostics)}");
        var text = hit.ToString();
        Assert.Matches(CanonicalError(), text);
        Assert.StartsWith($"{path}({line},{hit.Location!.Column}): error {code}: ", text);
        return hit;
    }

    /// <summary>Asserts that the build failed with exactly one error, this one.</summary>
    public static Diagnostic AssertOnlyError(this BuildResult result, string code, string path, int line, int? column = null)
    {
        var error = result.AssertError(code, path, line, column);
        Assert.True(result.Errors.Count() == 1, "expected one error, got:\n" + string.Join("\n", result.Diagnostics));
        return error;
    }
}
