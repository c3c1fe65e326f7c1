using System.Collections.Concurrent;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SiteGen.Content;
using SiteGen.History;

namespace SiteGen.Calendar;

/// <summary>
/// Writes RFC 5545 feeds with Ical.Net, which handles escaping, CRLF and 75-octet folding that never
/// splits a UTF-8 character. Its output is byte-stable once DTSTAMP is set explicitly (it sorts
/// properties), so no hand-written serializer is needed. Every value here comes from the model:
/// nothing depends on the build clock.
/// </summary>
public sealed class CalendarFeedWriter(CalendarData model)
{
    /// <summary>Names the program that wrote the feed (RFC 5545 PRODID), whichever site it builds.</summary>
    public const string ProductId = "-//SiteGen//SiteGen//NB";
    private static readonly Duration RefreshInterval = Duration.FromHours(12);

    /// <summary>
    /// The theme's accent colour (--accent in site.css) for apps that colour a subscribed calendar:
    /// Apple's hex property, and for RFC 7986 COLOR the nearest CSS3 colour name, which it requires.
    /// </summary>
    private const string AppleColor = "#00507A";
    private const string CssColor = "teal";

    public byte[] Write(CalendarFeed feed)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("CALSCALE", "GREGORIAN");
        // RFC 7986 NAME/DESCRIPTION, and the X-WR- forms that Apple, Google and Outlook read.
        calendar.AddProperty("NAME", feed.Name);
        calendar.AddProperty("DESCRIPTION", feed.Description);
        calendar.AddProperty("X-WR-CALNAME", feed.Name);
        calendar.AddProperty("X-WR-CALDESC", feed.Description);
        calendar.AddProperty("X-WR-TIMEZONE", model.Config.TimeZone.Id);
        if (feed.IsSubscription)
        {
            calendar.AddProperty("COLOR", CssColor);
            calendar.AddProperty("X-APPLE-CALENDAR-COLOR", AppleColor);
            var refresh = new Ical.Net.CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
            refresh.Parameters.Set("VALUE", "DURATION");
            calendar.AddProperty(refresh);
            calendar.AddProperty("X-PUBLISHED-TTL", "PT12H");
            // RFC 7986 SOURCE: where a copy of this feed is refreshed from.
            var source = new Ical.Net.CalendarProperty("SOURCE", model.Config.AbsoluteUrl(feed.SitePath));
            source.Parameters.Set("VALUE", "URI");
            calendar.AddProperty(source);
        }
        // The components come after the properties, each as Ical.Net writes it inside a calendar, so each is
        // written once and set in before the feed's end: the time zone is in every feed, and one deadline is
        // in the whole site's feed, its audiences' and its own.
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        var end = text.LastIndexOf(CalendarEnd, StringComparison.Ordinal);
        var feedText = new StringBuilder(text, 0, end, text.Length + feed.Deadlines.Length * 2048).Append(timeZone.Value);
        foreach (var deadline in feed.Deadlines)
            feedText.Append(EventText(deadline, feed.Texts));
        return Encoding.UTF8.GetBytes(feedText.Append(text, end, text.Length - end).ToString());
    }

    private const string CalendarEnd = "END:VCALENDAR\r\n";

    // The site's time zone as a component: calendar apps read it as the feed's zone, and a feed with no
    // deadlines (an audience without any yet) still has the one component RFC 5545 asks for. A fixed
    // earliest date keeps it the same on every build.
    private readonly Lazy<string> timeZone = new(() => new ComponentSerializer().SerializeToString(
        VTimeZone.FromDateTimeZone(model.Config.TimeZone.Id, new DateTime(2020, 1, 1), includeHistoricalData: false)) ?? "");

    private readonly ConcurrentDictionary<Deadline, (CalendarTexts Texts, string Text)> events = new(ReferenceEqualityComparer.Instance);

    private string EventText(Deadline deadline, CalendarTexts texts)
    {
        if (events.TryGetValue(deadline, out var written) && ReferenceEquals(written.Texts, texts))
            return written.Text;
        var calendarEvent = CalendarEvents.Create(deadline, model.Config, model.DeadlineStamps.GetValueOrDefault(deadline.Id, DeadlineStamp.WithoutHistory), texts);
        var text = new EventSerializer().SerializeToString(calendarEvent) ?? "";
        events[deadline] = (texts, text);
        return text;
    }
}
