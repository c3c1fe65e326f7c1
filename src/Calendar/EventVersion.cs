using System.Security.Cryptography;
using System.Text;
using Ical.Net.Serialization;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Calendar;

namespace SiteGen.Calendar;

/// <summary>
/// What a deadline's event says in the feeds, as a hash: the serialized VEVENT without the fields
/// that record its version (DTSTAMP, LAST-MODIFIED, SEQUENCE). Two versions of a deadline are the
/// same event exactly when their hashes are equal, whatever in the files or site.yml changed.
/// </summary>
public static class EventVersion
{
    private static readonly DeadlineStamp Neutral = new(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), 0);

    public static string Of(Deadline deadline, SiteConfig config, string uid)
    {
        var e = CalendarEvents.Create(deadline, config, Neutral with { Uid = uid });
        var text = new EventSerializer().SerializeToString(e) ?? "";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
