namespace SiteGen.Server;

/// <summary>
/// Watches the site's folders and calls back once things have been quiet for <see cref="Debounce"/>:
/// an editor's save is often several events (a temporary file, a rename, a write), and a theme
/// change can touch many files, but each burst should give one rebuild.
/// A watched folder may go away and come back (<c>rm -rf input</c> and a restore, a
/// <c>git checkout</c>, a folder moved aside and back): a watch on a deleted folder sees nothing
/// ever again, so each folder's parent is watched for the folder's name, and a slow check
/// (<see cref="Recheck"/>) catches what that misses; either way the folder is watched anew and the
/// site rebuilt.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    // The events of one save (write a temporary file, rename it over the old one) come within a millisecond
    // or two of each other; what waits longer only adds to every save's wait for the preview. A burst that
    // lasts longer (a git checkout) can give a second rebuild, which then shows the finished state.
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, FileSystemWatcher?> trees = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> parents = [];
    private readonly Timer timer;
    private readonly Timer recheck;
    private bool disposed;

    public SiteWatcher(IEnumerable<string> folders, Action changed)
    {
        timer = new Timer(_ => changed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var folder in folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Distinct(StringComparer.Ordinal))
        {
            trees[folder] = null;
            Rewatch(folder);
            WatchParent(folder);
        }
        recheck = new Timer(_ => RecheckFolders(), null, Recheck, Recheck);
    }

    /// <summary>Replaces the watch on one folder tree: a new one when the folder exists, none when it does not.</summary>
    private void Rewatch(string folder)
    {
        lock (gate)
        {
            if (disposed)
                return;
            trees[folder]?.Dispose();
            trees[folder] = null;
            if (!Directory.Exists(folder))
                return;
            try
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
                // A lost event (the buffer overflowed) could be any change, and a watch whose folder went away is dead: start again.
                watcher.Error += (_, _) => Restart(folder);
                watcher.EnableRaisingEvents = true;
                trees[folder] = watcher;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // The folder went away again while the watch was set up; the next check tries again.
            }
        }
    }

    /// <summary>Sees the folder itself created, deleted or renamed, which a watch inside it cannot.</summary>
    private void WatchParent(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        if (parent is null || !Directory.Exists(parent))
            return;
        try
        {
            var watcher = new FileSystemWatcher(parent, Path.GetFileName(folder))
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.DirectoryName,
            };
            FileSystemEventHandler onChange = (_, _) => Restart(folder);
            watcher.Created += onChange;
            watcher.Deleted += onChange;
            watcher.Renamed += (_, _) => Restart(folder);
            watcher.EnableRaisingEvents = true;
            parents.Add(watcher);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Without it, the slow check still notices the folder coming back.
        }
    }

    private void Restart(string folder)
    {
        Rewatch(folder);
        Poke();
    }

    /// <summary>A folder that appeared or vanished without an event (its parent unwatchable, an event lost).</summary>
    private void RecheckFolders()
    {
        List<string> stale;
        lock (gate)
            stale = [.. trees.Where(t => Directory.Exists(t.Key) != (t.Value is not null)).Select(t => t.Key)];
        foreach (var folder in stale)
            Restart(folder);
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        // Editors' swap and backup files ("… .swp", "…~") are never content; they would only cause reloads.
        var name = Path.GetFileName(e.FullPath);
        if (name.StartsWith('.') || name.EndsWith('~'))
            return;
        Poke();
    }

    private void Poke()
    {
        lock (gate)
        {
            if (!disposed)
                timer.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var watcher in trees.Values)
                watcher?.Dispose();
            foreach (var watcher in parents)
                watcher.Dispose();
        }
        recheck.Dispose();
        timer.Dispose();
    }
}
