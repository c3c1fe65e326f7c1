using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// How a test starts the command line in a process of its own: `dotnet sitegen.dll` from the test's build, or, with
/// SITEGEN_EXECUTABLE set, that program. tests/native.sh sets it to the native build, so the same tests check that build too.
/// </summary>
public static class SitegenProcess
{
    /// <summary>The program given in SITEGEN_EXECUTABLE, or null for the test's own build.</summary>
    public static string? Executable => Environment.GetEnvironmentVariable("SITEGEN_EXECUTABLE") is { Length: > 0 } path ? path : null;

    /// <summary>The start of `sitegen` with these arguments, in this folder, its output read by the caller.</summary>
    public static ProcessStartInfo Info(string workingDirectory, IEnumerable<string> arguments, bool useOwnBuild = false)
    {
        var executable = useOwnBuild ? null : Executable;
        var info = new ProcessStartInfo(executable ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        if (executable is null)
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitegen.dll"));
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        return info;
    }
}
