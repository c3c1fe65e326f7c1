using SiteGen.Content;
using SiteGen.Site;
using SiteGen.Time;

namespace SiteGen.Server;

/// <summary>
/// Rebuilds the preview when the next scheduled item is due ('publishDate') or a shown one expires
/// ('expiryDate'), so a preview left open shows the change at that time without a save, as the
/// published site will after its next build. Times are on the preview's clock; with a fixed clock
/// (--now) a rebuild changes nothing, so each instant is waited for once only.
/// </summary>
public sealed class PublicationTimer : IDisposable
{
    /// <summary>A longer wait is cut into pieces, so the machine's sleep or a clock change cannot make it wildly late.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <summary>Past the instant, so that the rebuild's "now" is on the right side of it.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(200);

    private readonly Lock gate = new();
    private readonly Timer timer;
    /// <summary>The instant the timer is set for, when it is set for the instant itself (not for a piece of a longer wait).</summary>
    private DateTimeOffset? waitingFor;
    /// <summary>The last instant the timer fired for.</summary>
    private DateTimeOffset? done;

    public PublicationTimer(Action due) =>
        timer = new Timer(_ =>
        {
            lock (gate)
                done = waitingFor ?? done;
            due();
        }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    /// <summary>Waits for the next change of <paramref name="model"/> after <paramref name="now"/> (the clock the build ran at), or for nothing.</summary>
    public void Arm(SiteModel? model, DateTimeOffset now)
    {
        lock (gate)
        {
            var next = model is null ? null : NextChange(model, now);
            if (next == done)
                next = null; // fired for already, and the rebuild did not move past it: a fixed clock
            var wait = next is { } at ? at - now + Slack : Timeout.InfiniteTimeSpan;
            waitingFor = next is not null && wait <= Longest ? next : null;
            try
            {
                timer.Change(next is null ? wait : Min(wait, Longest), Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // the server is stopping
            }
        }
    }

    /// <summary>The earliest instant after <paramref name="now"/> at which an item appears or disappears, or null.</summary>
    public static DateTimeOffset? NextChange(SiteModel model, DateTimeOffset now)
    {
        var instants = model.Unpublished.Where(u => u.Reason == UnpublishedReason.Scheduled && u.When is not null).Select(u => u.When!.Value)
            .Concat(model.Articles.Select(d => d.ExpiryDate).OfType<DateText>())
            .Select(d => model.Time.InstantOf(d.LocalDateTime))
            .Where(i => i > now);
        return instants.Any() ? instants.Min() : null;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    public void Dispose() => timer.Dispose();
}
