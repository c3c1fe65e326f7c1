using System.Diagnostics;
using System.Net;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>The real command in its own process: it prints the address to open, serves it, and stops cleanly on a signal.</summary>
public sealed class ServeProcessTests
{
    [Theory]
    [InlineData(null, "Nettstedet vises på ", "Stopper")]
    [InlineData("en", "Serving the site at ", "Stopping")]
    public async Task Serve_PrintsTheAddressAndStopsCleanlyOnSigterm(string? messages, string addressLine, string stopping)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return; // signals are POSIX; Ctrl+C on Windows goes through the same handler in ServeCommand
        using var site = PreviewSites.Create();
        string[] args = ["serve", "--port", "0", "--theme", RepoPaths.Theme, "--now", "2022-11-20"];
        var info = SitegenProcess.Info(site.Root, messages is null ? args : [.. args, "--messages", messages]);
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            string? line;
            do line = await process.StandardOutput.ReadLineAsync().WaitAsync(RunningPreview.Patience);
            while (line is not null && !line.StartsWith(addressLine, StringComparison.Ordinal));
            Assert.NotNull(line);
            var url = new Uri(line[addressLine.Length..]);
            Assert.Equal("127.0.0.1", url.Host);

            using var client = new HttpClient { Timeout = RunningPreview.Patience };
            using var response = await client.GetAsync(new Uri(url, "aktuelt/forste-sak/"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            await process.WaitForExitAsync().WaitAsync(RunningPreview.Patience);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains(stopping, await process.StandardOutput.ReadToEndAsync());
            // Only the notice that the web editor is not installed (this site has no tests/.tools).
            var notice = SiteGen.Cli.BuildCommand.CmsNotice(messages == "en" ? SiteGen.Diagnostics.MessageLanguage.En : SiteGen.Diagnostics.MessageLanguage.Nb);
            Assert.Equal(notice + Environment.NewLine, await errors);
            Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }
}
