using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Bench;

/// <summary>
/// What an editor waits for: with <c>sitegen serve</c> running on a corpus, the time from saving a
/// changed news item to the preview serving the page with the change. Each edit gives the item a new
/// title; the page is polled every few milliseconds until the title shows. The corpus file is put
/// back afterwards. The rebuild's own time, as serve logs it, is reported beside each edit: the rest is
/// the watcher, its wait and HTTP.
/// </summary>
public static partial class ServeLatency
{
    public static bool Run(string sitegen, string input, string theme, string now, int port, int edits, TextWriter report)
    {
        var newsDir = Path.Combine(input, "news");
        var files = Directory.GetFiles(newsDir, "*.md").Order(StringComparer.Ordinal).ToArray();
        using var server = Start(sitegen, input, theme, now, port);
        try
        {
            return Measure(server, files, port, edits, report);
        }
        finally
        {
            if (!server.HasExited)
                server.Kill(entireProcessTree: true);
        }
    }

    private static bool Measure(Process server, string[] files, int port, int edits, TextWriter report)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        var firstBuild = Stopwatch.StartNew();
        if (!WaitFor(http, "aktuelt/", _ => true, TimeSpan.FromMinutes(2)))
        {
            report.WriteLine(server.HasExited ? $"serve: sitegen stopped with exit code {server.ExitCode}" : "serve: the first build never came up");
            return false;
        }
        report.WriteLine($"serve\tfirst-build\t{firstBuild.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)}");

        var latencies = new List<double>();
        var builds = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            var file = files[(i * 37) % files.Length];
            var original = File.ReadAllText(file);
            var marker = $"Endret {i + 1} {Guid.NewGuid():N}";
            var slug = Path.GetFileNameWithoutExtension(file);
            Thread.Sleep(1500); // let the previous rebuild settle, as between an editor's saves
            var logged = Rebuilds.Count;
            var clock = Stopwatch.StartNew();
            File.WriteAllText(file, TitleLine().Replace(original, $"title: \"{marker}\"", 1));
            var served = WaitFor(http, $"aktuelt/{slug}/", body => body.Contains(marker, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            var ms = clock.Elapsed.TotalMilliseconds;
            File.WriteAllText(file, original);
            if (!served)
            {
                report.WriteLine($"serve: edit {i + 1} of {slug} was never served");
                return false;
            }
            latencies.Add(ms);
            report.WriteLine($"serve\tedit\t{ms.ToString("0", CultureInfo.InvariantCulture)}");
            if (BuildAfter(logged) is { } build)
            {
                builds.Add(build);
                report.WriteLine($"serve\tbuild\t{build.ToString("0", CultureInfo.InvariantCulture)}");
            }
        }
        latencies.Sort();
        builds.Sort();
        if (builds.Count > 0)
            report.WriteLine($"serve\tbuild-median\t{builds[builds.Count / 2].ToString("0", CultureInfo.InvariantCulture)}");
        report.WriteLine($"serve\tmedian\t{latencies[latencies.Count / 2].ToString("0", CultureInfo.InvariantCulture)}");
        return true;
    }

    private static Process Start(string sitegen, string input, string theme, string now, int port)
    {
        var info = new ProcessStartInfo(sitegen.EndsWith(".dll", StringComparison.Ordinal) ? "dotnet" : sitegen)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (sitegen.EndsWith(".dll", StringComparison.Ordinal))
            info.ArgumentList.Add(sitegen);
        foreach (var arg in new[] { "serve", "--input", input, "--theme", theme, "--now", now, "--port", port.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + sitegen);
        // The server logs every rebuild; read the pipes so it never blocks on a full one, and keep the rebuilds' times.
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text && BuildLine().Match(text) is { Success: true } built)
                Rebuilds.Enqueue(double.Parse(built.Groups[1].Value, CultureInfo.InvariantCulture));
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static bool WaitFor(HttpClient http, string path, Func<string, bool> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                using var response = http.GetAsync(path).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode && done(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()))
                    return true;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            Thread.Sleep(5);
        }
        return false;
    }

    // What serve logged of each rebuild, in order.
    private static readonly System.Collections.Concurrent.ConcurrentQueue<double> Rebuilds = new();

    /// <summary>The time of the first rebuild logged after the first <paramref name="logged"/>, waiting a little for the log line; null if none came.</summary>
    private static double? BuildAfter(int logged)
    {
        var clock = Stopwatch.StartNew();
        while (Rebuilds.Count <= logged && clock.Elapsed < TimeSpan.FromSeconds(2))
            Thread.Sleep(5);
        return Rebuilds.Count > logged ? Rebuilds.ElementAt(logged) : null;
    }

    [GeneratedRegex(@"^(?:Bygd på|Built in) (\d+) ms")]
    private static partial Regex BuildLine();

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
