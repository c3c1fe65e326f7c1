using System.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// Shows what a long build is doing. Quiet for the first two seconds, so the usual short build
/// prints only its summary; after that, a line every two seconds with the current phase.
/// </summary>
public sealed class ProgressReporter : IProgress<string>, IDisposable
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TextWriter writer;
    private readonly Timer timer;
    private volatile string phase = "starting";

    public ProgressReporter(TextWriter writer)
    {
        this.writer = writer;
        timer = new Timer(_ => Print(), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
    }

    public void Report(string value) => phase = value;

    private void Print() => writer.WriteLine($"… {phase} ({clock.Elapsed.TotalSeconds:0} s)");

    public void Dispose() => timer.Dispose();
}
