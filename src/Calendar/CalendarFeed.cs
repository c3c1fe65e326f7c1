using System.Collections.Immutable;
using SiteGen.Content;

namespace SiteGen.Calendar;

/// <summary>One .ics file: a subscribable feed (all deadlines, or one audience's) or a single event.</summary>
/// <param name="SitePath">Where it is published, e.g. "/kalender/frister.ics".</param>
public sealed record CalendarFeed(string SitePath, string Name, string Description, ImmutableArray<Deadline> Deadlines, bool IsSubscription);
