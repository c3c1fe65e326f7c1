using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Server;

/// <summary>How to run the preview.</summary>
/// <param name="Build">What every rebuild builds; its <see cref="BuildOptions.Now"/> is replaced by <paramref name="Clock"/> when given.</param>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one (tests).</param>
/// <param name="Clock">"Now" for each rebuild, so scheduled items appear in a long-running preview; null keeps the fixed time of <paramref name="Build"/>.</param>
/// <param name="Messages">The language of the errors in the overlay and the log; Norwegian, like the command line's default.</param>
public sealed record PreviewOptions(BuildOptions Build, int Port, Func<DateTimeOffset>? Clock = null, MessageLanguage Messages = MessageLanguage.Nb)
{
    /// <summary>The build each rebuild runs: <see cref="SiteBuilder.Build"/>; tests put one in that fails the way a bug would.</summary>
    public Func<BuildOptions, BuildResult> Builder { get; init; } = SiteBuilder.Build;

    /// <summary>Collect garbage between rebuilds, not during them (<see cref="QuietCollector"/>): the serve command's; a test that uses it runs alone, since the region is the whole process's.</summary>
    public bool CollectWhenQuiet { get; init; }

    public BuildOptions ForRebuild() => Clock is null ? Build : Build with { Now = Clock() };
}
