using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The <c>sitegen</c> script editors type: it builds SiteGen once, runs the built program directly
/// afterwards (no ~7 s 'dotnet run' start-up), builds again when the source changed, and passes the
/// arguments and the exit code through. Run against a copy with a stand-in 'dotnet' that records what
/// it was asked to do, so the test needs no real build.
/// </summary>
public sealed class SitegenScriptTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("sitegen-script-").FullName;
    private string Log => Path.Combine(root, "dotnet.log");

    public SitegenScriptTests()
    {
        File.Copy(Path.Combine(RepoPaths.Root, "sitegen"), Path.Combine(root, "sitegen"));
        Directory.CreateDirectory(Path.Combine(root, "src"));
        File.WriteAllText(Path.Combine(root, "src", "Program.cs"), "// stand-in");
        File.WriteAllText(Path.Combine(root, "SiteGen.csproj"), "<Project />");
        var fake = Path.Combine(root, "fake-bin");
        Directory.CreateDirectory(fake);
        // Records each call; 'build -o DIR' makes DIR/sitegen.dll; running the dll prints its arguments and exits 7.
        File.WriteAllText(Path.Combine(fake, "dotnet"), """
            #!/usr/bin/env bash
            echo "$*" >> "$SITEGEN_FAKE_LOG"
            if [ "$1" = build ]; then
              while [ $# -gt 0 ]; do [ "$1" = -o ] && out="$2"; shift; done
              mkdir -p "$out" && echo dll > "$out/sitegen.dll"
              exit 0
            fi
            shift
            printf 'ran:'; printf ' [%s]' "$@"; echo
            exit 7
            """.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(fake, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private (int Code, string Out) Run(params string[] args)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "sitegen"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        start.Environment["PATH"] = Path.Combine(root, "fake-bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["SITEGEN_FAKE_LOG"] = Log;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    private string[] Calls() => File.Exists(Log) ? File.ReadAllLines(Log) : [];

    [Fact]
    public void FirstRun_BuildsOnce_ThenRunsTheBuiltProgramWithTheArgumentsAsGiven()
    {
        var first = Run("new", "news", "Tittel på saken", "--now", "2022-11-20");
        var second = Run("check");

        Assert.Equal(7, first.Code);
        Assert.Equal("ran: [new] [news] [Tittel på saken] [--now] [2022-11-20]\n", first.Out);
        Assert.Equal(7, second.Code);
        var calls = Calls();
        Assert.Single(calls, c => c.StartsWith("build ", StringComparison.Ordinal));
        Assert.StartsWith($"build {root}/SiteGen.csproj -c Release -o {root}/bin/sitegen-cli", calls[0]);
        Assert.Equal($"{root}/bin/sitegen-cli/sitegen.dll check", calls[^1]);
        Assert.DoesNotContain(calls, c => c.StartsWith("run", StringComparison.Ordinal));
    }

    [Fact]
    public void ChangedSource_IsBuiltAgainBeforeRunning()
    {
        Run("check");
        File.SetLastWriteTimeUtc(Path.Combine(root, "src", "Program.cs"), DateTime.UtcNow.AddMinutes(5));

        Run("check");

        Assert.Equal(2, Calls().Count(c => c.StartsWith("build ", StringComparison.Ordinal)));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
