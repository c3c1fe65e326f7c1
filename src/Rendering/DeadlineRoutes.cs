using System.Collections.Immutable;
using Scriban.Runtime;
using SiteGen.Calendar;
using SiteGen.Rendering.Views;
using SiteGen.Site;
using SiteGen.Urls;

namespace SiteGen.Rendering;

/// <summary>The calendar page ("Frister") and one filtered copy per audience, which work without JavaScript.</summary>
public static class DeadlineRoutes
{
    public static IEnumerable<Route> Build(SiteModel model, ViewFactory views)
    {
        var feeds = Feeds(model);
        var filters = ImmutableArray.Create(new LinkView(views.Text("titles.deadlines_all"), model.Config.Url(SitePaths.Deadlines)))
            .AddRange(model.Config.Audiences.Select(a => new LinkView(a.Value, model.Config.Url(SitePaths.DeadlinesFor(a.Key)))));
        yield return Page(model, views, null, SitePaths.Deadlines, views.Text("titles.deadlines"), feeds, filters);
        foreach (var (id, label) in model.Config.Audiences)
            yield return Page(model, views, new AudienceView(id, label), SitePaths.DeadlinesFor(id), views.Text("titles.deadlines_audience", label.ToLowerInvariant()), feeds, filters);
    }

    private static Route Page(SiteModel model, ViewFactory views, AudienceView? audience, string sitePath, string title,
        ImmutableArray<FeedView> feeds, ImmutableArray<LinkView> filters)
    {
        var deadlines = audience is null ? model.Deadlines : [.. model.Deadlines.Where(d => d.Audiences.Contains(audience.Id))];
        var vars = new ScriptObject
        {
            ["audience"] = audience,
            ["filters"] = filters,
            ["upcoming_groups"] = CalendarBuilder.GroupByMonth(deadlines.Where(d => !views.IsPast(d)), views.Deadline),
            ["past_groups"] = CalendarBuilder.GroupByMonth(deadlines.Where(views.IsPast).Reverse(), views.Deadline),
            ["months"] = CalendarBuilder.Months(deadlines, views.Deadline, model.Today),
            ["feed"] = feeds.First(f => f.AudienceId == audience?.Id),
            ["feeds"] = feeds,
            ["deadline_count"] = deadlines.Length,
        };
        var description = audience is null ? views.Text("titles.deadlines_description") : views.Text("titles.deadlines_audience_description", audience.Label.ToLowerInvariant());
        return new Route(sitePath, "deadlines.sbn", "deadlines", title, description, vars, null);
    }

    private static ImmutableArray<FeedView> Feeds(SiteModel model) =>
        [SubscribeLinks.For(CalendarFeeds.FeedName(model.CalendarData, null), null, model.Config.AbsoluteUrl(SitePaths.CalendarFeed)),
         .. model.Config.Audiences.Select(a => SubscribeLinks.For(CalendarFeeds.FeedName(model.CalendarData, a.Value), a.Key, model.Config.AbsoluteUrl(SitePaths.CalendarFeedFor(a.Key))))];
}
