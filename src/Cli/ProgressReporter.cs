using System.Diagnostics;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// Shows what a long build is doing. Quiet for the first two seconds, so the usual short build
/// prints only its summary; after that, a line every two seconds with the current phase.
/// </summary>
public sealed class ProgressReporter : IProgress<string>, IDisposable
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TextWriter writer;
    private readonly MessageLanguage language;
    private readonly Timer timer;
    private volatile string phase = "starting";

    public ProgressReporter(TextWriter writer, MessageLanguage language = MessageLanguage.Nb)
    {
        this.writer = writer;
        this.language = language;
        timer = new Timer(_ => Print(), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
    }

    public void Report(string value) => phase = value;

    private void Print() => writer.WriteLine($"… {(language == MessageLanguage.En ? phase : Norwegian(phase))} ({clock.Elapsed.TotalSeconds:0} s)");

    /// <summary>The build names its phases in English ("rendering 120 pages"); editors read them in Norwegian.</summary>
    public static string Norwegian(string phase) => phase switch
    {
        "starting" => "starter",
        "reading files" => "leser filene",
        "parsing content" => "leser innholdet",
        "checking content" => "sjekker innholdet",
        _ when phase.StartsWith("rendering ", StringComparison.Ordinal) && phase.EndsWith(" pages", StringComparison.Ordinal)
            => $"lager {phase["rendering ".Length..^" pages".Length]} sider",
        _ => phase,
    };

    public void Dispose() => timer.Dispose();
}
