using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// Decap's own local backend (npm decap-server, installed by tests/run.sh into tests/.tools) in git
/// mode: every save in the CMS becomes a commit in <c>repository</c>. Bound to 127.0.0.1 on a free
/// port; stopped, with its children, when disposed.
/// </summary>
public sealed class LocalCmsBackend : IDisposable
{
    public const string Version = "3.11.3";
    public static string Script => Path.Combine(RepoPaths.Root, "tests", ".tools", "node_modules", "decap-server", "dist", "index.js");
    public static string BundleDir => Path.Combine(RepoPaths.Root, "tests", ".tools", "node_modules", "decap-cms", "dist");

    private readonly Process process;
    private readonly StringBuilder log = new();

    private LocalCmsBackend(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string Log
    {
        get { lock (log) return log.ToString(); }
    }

    public static async Task<LocalCmsBackend> StartAsync(string repository, int port, TimeSpan patience)
    {
        if (!File.Exists(Script))
            throw new InvalidOperationException($"decap-server is not installed ({Script} is missing); tests/run.sh installs it (npm install --prefix tests/.tools decap-server@{Version}).");
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = repository };
        info.ArgumentList.Add(Script);
        info.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["BIND_HOST"] = "127.0.0.1";
        info.Environment["MODE"] = "git";
        info.Environment["GIT_REPO_DIRECTORY"] = repository;
        info.Environment["LOG_LEVEL"] = "info";
        var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        var backend = new LocalCmsBackend(process, port);
        process.OutputDataReceived += (_, e) => backend.Append(e.Data);
        process.ErrorDataReceived += (_, e) => backend.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var answer = await client.PostAsync($"http://127.0.0.1:{port}/api/v1",
                    new StringContent("{\"action\":\"info\"}", Encoding.UTF8, "application/json"));
                if (answer.IsSuccessStatusCode)
                    return backend;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        var why = process.HasExited ? $"it exited with {process.ExitCode}" : $"it did not answer within {patience.TotalSeconds} s";
        backend.Dispose();
        throw new InvalidOperationException($"decap-server did not start: {why}; its log:\n{backend.Log}");
    }

    /// <summary>A port nothing listens on now, on the loopback address.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (log) log.AppendLine(line);
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException) { }
        process.Dispose();
    }
}
