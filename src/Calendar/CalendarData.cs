using System.Collections.Immutable;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.I18n;

namespace SiteGen.Calendar;

/// <summary>What the .ics files are made from: the part of the site model calendars see.</summary>
public sealed record CalendarData(
    SiteConfig Config,
    ImmutableArray<Deadline> Deadlines,
    ImmutableDictionary<string, DeadlineStamp> DeadlineStamps,
    DateOnly Today,
    UiStrings Strings);
