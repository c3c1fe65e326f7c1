using System.Runtime.CompilerServices;

namespace SiteGen.Tests.Support;

/// <summary>
/// The tests pin plain output. Run in GitHub Actions, 'check' and 'build' would write annotations
/// (GITHUB_ACTIONS=true) and append to the job's summary; the tests that want that say so with
/// --format and their own environment, so the runner's variables are cleared before any test runs.
/// </summary>
internal static class CiIsolation
{
    [ModuleInitializer]
    internal static void ClearCiVariables()
    {
        foreach (var name in new[] { "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE", "CI_PROJECT_DIR" })
            Environment.SetEnvironmentVariable(name, null);
    }
}
