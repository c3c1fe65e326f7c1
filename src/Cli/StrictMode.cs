using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>
/// --strict: every warning counts as an error, so a build with an inaccessible PDF or an unused file
/// fails (exit 1) and output/ is left as it was. Applied after the build, so every problem is still reported.
/// </summary>
public static class StrictMode
{
    public static BuildResult Apply(BuildResult result)
    {
        if (!result.Warnings.Any())
            return result;
        return result with
        {
            Files = [],
            Diagnostics = [.. result.Diagnostics.Select(d => d.IsError ? d : d with { Severity = Severity.Error })],
        };
    }
}
