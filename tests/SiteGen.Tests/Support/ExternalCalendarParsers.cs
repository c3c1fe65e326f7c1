using System.Diagnostics;
using System.Text.Json;

namespace SiteGen.Tests.Support;

/// <summary>
/// Calendar parsers nobody here wrote, from Debian: calcurse (its importer is strict: it skips an
/// event whose DTEND is not after DTSTART) and python3-icalendar. tests/run.sh installs both where
/// they are missing; without them these tests fail and say how to install them, never skip.
/// </summary>
public static class ExternalCalendarParsers
{
    private const string Install = "tests/run.sh installs it where it is missing (apt-get install -y calcurse python3-icalendar, as root or with sudo).";

    /// <summary>What calcurse made of a file: its import report and the appointments it stored, in the given time zone.</summary>
    public sealed record CalcurseImport(int Appointments, int Events, int Skipped, string Report, string Stored);

    public static CalcurseImport Calcurse(string icsPath, string timeZone = "Europe/Oslo")
    {
        var calcurse = Find("calcurse", "/usr/bin/calcurse") ?? throw new Xunit.Sdk.XunitException("calcurse is not installed. " + Install);
        var data = Directory.CreateTempSubdirectory("sitegen-calcurse-").FullName;
        try
        {
            var (code, output, error) = Run(calcurse, ["-D", data, "-C", data, "-i", icsPath], new() { ["TZ"] = timeZone, ["HOME"] = data });
            // calcurse exits with 1 when it skipped something; the report says what, and the tests assert on it.
            var report = System.Text.RegularExpressions.Regex.Match(output, @"(\d+) apps? / (\d+) events? / \d+ todos? / (\d+) skipped");
            if (!report.Success)
                throw new Xunit.Sdk.XunitException($"calcurse -i {icsPath} exited with {code} and printed no import report: {output}{error}");
            var apts = Path.Combine(data, "apts");
            return new CalcurseImport(int.Parse(report.Groups[1].Value), int.Parse(report.Groups[2].Value), int.Parse(report.Groups[3].Value),
                output + error, File.Exists(apts) ? File.ReadAllText(apts) : "");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>One event as python3-icalendar reads it: times in UTC ("20221208T130000Z") or as dates ("20221208").</summary>
    public sealed record PyEvent(string Uid, string Summary, string Description, string? AltDescription, string Start, string? End,
        int Sequence, string Stamp, string? Modified, string Status, string Categories, int[] Triggers, string Url);

    public sealed record PyCalendar(string? Name, string? Color, string? Refresh, string[] Errors, PyEvent[] Events);

    private const string Script = """
        import datetime, json, sys
        import icalendar

        def when(prop):
            if prop is None:
                return None
            d = prop.dt
            if isinstance(d, datetime.datetime):
                if d.tzinfo is None:
                    raise SystemExit("floating time in " + sys.argv[1])
                return d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            return d.strftime("%Y%m%d")

        def text(prop):
            return None if prop is None else str(prop)

        cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
        errors = [str(e) for c in cal.walk() for e in getattr(c, "errors", [])]
        events = []
        for e in cal.walk("VEVENT"):
            cats = e.get("CATEGORIES")
            events.append({
                "Uid": str(e["UID"]), "Summary": str(e["SUMMARY"]), "Description": str(e.get("DESCRIPTION", "")),
                "AltDescription": text(e.get("X-ALT-DESC")),
                "Start": when(e["DTSTART"]), "End": when(e.get("DTEND")),
                "Sequence": int(e.get("SEQUENCE", 0)), "Stamp": when(e["DTSTAMP"]), "Modified": when(e.get("LAST-MODIFIED")),
                "Status": str(e.get("STATUS", "")),
                "Categories": "" if cats is None else cats.to_ical().decode("utf-8"),
                "Triggers": [int(a["TRIGGER"].dt.total_seconds()) for a in e.walk("VALARM")],
                "Url": str(e.get("URL", "")),
            })
        print(json.dumps({"Name": text(cal.get("NAME")), "Color": text(cal.get("COLOR")), "Refresh": text(cal.get("REFRESH-INTERVAL")),
                          "Errors": errors, "Events": events}, ensure_ascii=False))
        """;

    public static PyCalendar PythonIcalendar(string icsPath)
    {
        // Debian's python3 (with python3-icalendar), not whichever python a version manager puts first on the PATH.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : Find("python3", "/usr/bin/python3")
            ?? throw new Xunit.Sdk.XunitException("python3 is not installed. " + Install);
        var (code, output, error) = Run(python, ["-c", Script, icsPath], new() { ["PYTHONIOENCODING"] = "utf-8" });
        if (code != 0)
            throw new Xunit.Sdk.XunitException(error.Contains("No module named 'icalendar'", StringComparison.Ordinal)
                ? "python3-icalendar is not installed. " + Install
                : $"python3-icalendar could not read {icsPath}: {error}");
        return JsonSerializer.Deserialize<PyCalendar>(output)!;
    }

    private static string? Find(string name, string preferred) =>
        File.Exists(preferred) ? preferred
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static (int Code, string Output, string Error) Run(string program, string[] args, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{program} did not finish within a minute");
        }
        return (process.ExitCode, output, error.Result);
    }
}
