namespace SiteGen.Server;

/// <summary>
/// Watches the site's folders and calls back once things have been quiet for <see cref="Debounce"/>:
/// an editor's save is often several events (a temporary file, a rename, a write), and a theme
/// change can touch many files, but each burst should give one rebuild.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(80);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;

    public SiteWatcher(IEnumerable<string> folders, Action changed)
    {
        timer = new Timer(_ => changed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            // A lost event (the buffer overflowed) could be any change: rebuild to be sure.
            watcher.Error += (_, _) => Poke();
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        // Editors' swap and backup files ("… .swp", "…~") are never content; they would only cause reloads.
        var name = Path.GetFileName(e.FullPath);
        if (name.StartsWith('.') || name.EndsWith('~'))
            return;
        Poke();
    }

    private void Poke() => timer.Change(Debounce, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in watchers)
            watcher.Dispose();
        timer.Dispose();
    }
}
