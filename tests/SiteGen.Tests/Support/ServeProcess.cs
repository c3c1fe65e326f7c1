using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Tests.Support;

/// <summary>
/// The real 'serve' command in a process of its own, on a free port of 127.0.0.1 (--port 0): started
/// in a site's folder, its address read from what it prints, and always stopped on dispose (SIGTERM,
/// then a kill if it does not stop in time). Every wait is bounded.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private const string AddressLine = "Nettstedet vises på ";

    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly TaskCompletionSource<Uri> address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(Process process) => this.process = process;

    /// <summary>The site's home page, under its base path.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Everything the process printed so far, stdout and stderr, in order.</summary>
    public string Output
    {
        get { lock (lines) return string.Join("\n", lines); }
    }

    public static async Task<ServeProcess> Start(string siteRoot, params string[] arguments)
    {
        var info = SitegenProcess.Info(siteRoot, ["serve", "--port", "0", .. arguments]);
        info.Environment.Remove("SITEGEN_TRACE");
        var serve = new ServeProcess(Process.Start(info) ?? throw new InvalidOperationException("cannot start sitegen"));
        serve.process.OutputDataReceived += (_, e) => serve.Received(e.Data);
        serve.process.ErrorDataReceived += (_, e) => serve.Received(e.Data);
        serve.process.BeginOutputReadLine();
        serve.process.BeginErrorReadLine();
        try
        {
            serve.Url = await serve.address.Task.WaitAsync(RunningPreview.Patience);
        }
        catch (TimeoutException)
        {
            await serve.DisposeAsync();
            throw new Xunit.Sdk.XunitException($"serve printed no address within {RunningPreview.Patience.TotalSeconds} s:\n{serve.Output}");
        }
        return serve;
    }

    public Uri At(string sitePath) => new(Url, sitePath.TrimStart('/'));

    private void Received(string? line)
    {
        if (line is null)
        {
            address.TrySetException(new Xunit.Sdk.XunitException($"serve ended before it printed its address:\n{Output}"));
            return;
        }
        lock (lines) lines.Add(line);
        if (line.StartsWith(AddressLine, StringComparison.Ordinal))
            address.TrySetResult(new Uri(line[AddressLine.Length..]));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
            {
                using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync();
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
        }
        catch (TimeoutException)
        {
            // it did not stop in time: killed below
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }
}
