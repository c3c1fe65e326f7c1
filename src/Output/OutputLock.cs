namespace SiteGen.Output;

/// <summary>
/// One build at a time per output folder: a lock file next to it (`.output.lock`), held with an
/// exclusive lock (flock on Linux and macOS) for as long as the build writes and swaps. A second
/// build waits for it for a while and then gives up with a clear message; a killed build's lock
/// is released by the system, so it never stays stuck.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream stream;

    private OutputLock(FileStream stream) => this.stream = stream;

    public static TimeSpan Wait { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The lock, or null when another build still holds it after <see cref="Wait"/>.</summary>
    public static OutputLock? Take(string lockPath, TimeSpan? wait = null)
    {
        var deadline = DateTime.UtcNow + (wait ?? Wait);
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline && File.Exists(lockPath))
            {
                Thread.Sleep(200);
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                return null;
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
