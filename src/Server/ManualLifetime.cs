using Microsoft.Extensions.Hosting;

namespace SiteGen.Server;

/// <summary>
/// Replaces the host's console lifetime: the 'serve' command handles Ctrl+C itself, and tests start
/// and stop servers inside the test process, where the host must not take over the process's signals.
/// </summary>
internal sealed class ManualLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
