using System.Diagnostics;
using System.Security.Cryptography;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>The same input gives the same bytes, whatever the machine's time zone and language.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Build_DifferentTimeZoneAndCulture_GiveIdenticalBytes()
    {
        using var site = new TestSite(
            ("input/news/sak.md", "---\ntitle: Sak\ndate: 2022-11-01T23:30\n---\nTekst med 1,5 og 2022.\n"),
            ("input/data/deadlines.yml", "- id: frist\n  title: Frist\n  date: 2022-12-02T14:00\n- id: dag\n  title: Dag\n  date: 2022-12-31\n"));
        var osloOut = Path.Combine(site.Root, "out-oslo");
        var otherOut = Path.Combine(site.Root, "out-other");

        RunCli(site, osloOut, ("TZ", "Europe/Oslo"), ("LANG", "nb_NO.UTF-8"), ("LC_ALL", "nb_NO.UTF-8"));
        RunCli(site, otherOut, ("TZ", "Pacific/Kiritimati"), ("LANG", "th_TH.UTF-8"), ("LC_ALL", "th_TH.UTF-8"));

        Assert.Equal(Hashes(osloOut), Hashes(otherOut));
        Assert.Contains("20221202T130000Z", File.ReadAllText(Path.Combine(otherOut, "kalender", "frister.ics")));
        Assert.Contains("datetime=\"2022-12-31\"", File.ReadAllText(Path.Combine(otherOut, "frister", "index.html")));
    }

    private static void RunCli(TestSite site, string output, params (string Name, string Value)[] env)
    {
        var info = SitegenProcess.Info(site.Root, ["build", "--input", site.InputDir, "--theme", RepoPaths.Theme, "--output", output, "--now", "2022-11-20T12:00"]);
        foreach (var (name, value) in env)
            info.Environment[name] = value;
        info.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr.Result);
    }

    private static List<string> Hashes(string dir) =>
        [.. Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(dir, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")];
}
