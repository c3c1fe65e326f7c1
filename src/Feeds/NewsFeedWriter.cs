using System.Diagnostics.CodeAnalysis;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using SiteGen.Content;
using SiteGen.Site;
using SiteGen.Urls;

namespace SiteGen.Feeds;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds of the news, with System.ServiceModel.Syndication. Every date comes
/// from the content (the newest item's date for the feed), never the build clock, so an unchanged
/// site gives an unchanged feed and readers see no false updates.
/// </summary>
public sealed class NewsFeedWriter(SiteModel model)
{
    public const int MaxItems = 50;

    // Both feeds hold the same items; each item's links are made absolute once (an HTML parse per item).
    private readonly Lazy<IReadOnlyList<SyndicationItem>> items = new(() => [.. Newest(model).Select(news => Item(model, news))]);

    /// <summary>The news items the feeds show: the newest <see cref="MaxItems"/>.</summary>
    public static IReadOnlyList<NewsItem> Newest(SiteModel model) => [.. model.News.Take(MaxItems)];

    private static readonly XNamespace AtomNamespace = "http://www.w3.org/2005/Atom";

    // A feed names its own address (rel="self"), as feed readers and validators expect; RSS 2.0 has no
    // element for it, so it borrows Atom's link, the common practice, and nothing else from Atom.
    public byte[] Rss() => Write(RssWith);

    // Added as an object, the element goes to the data contract serializer, which has it write itself through XElement's own
    // IXmlSerializable: in the native build the feed is the same bytes (the real site, the benchmark's corpora and the hostile
    // builds of tests/native.sh compare them). Added as a reader instead, the element came out in another form.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The serializer has the XElement write itself; the native build's feeds are compared.")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The serializer has the XElement write itself; the native build's feeds are compared.")]
    private SyndicationFeedFormatter RssWith(SyndicationFeed feed)
    {
        feed.ElementExtensions.Add(new XElement(AtomNamespace + "link", new XAttribute(XNamespace.Xmlns + "atom", AtomNamespace),
            new XAttribute("href", model.Config.AbsoluteUrl(SitePaths.NewsRss)), new XAttribute("rel", "self"), new XAttribute("type", "application/rss+xml")));
        return new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false);
    }

    public byte[] Atom() => Write(feed =>
    {
        feed.Links.Add(new SyndicationLink(new Uri(model.Config.AbsoluteUrl(SitePaths.NewsAtom)), "self", null, "application/atom+xml", 0));
        return new Atom10FeedFormatter(feed);
    });

    private byte[] Write(Func<SyndicationFeed, SyndicationFeedFormatter> formatter)
    {
        var feed = Feed();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
            formatter(feed).WriteTo(writer);
        return stream.ToArray();
    }

    private SyndicationFeed Feed()
    {
        var config = model.Config;
        var items = this.items.Value;
        var title = model.Strings.Text(config.Language, "feeds.news_title").Replace("{0}", config.Title, StringComparison.Ordinal);
        var feed = new SyndicationFeed(title, config.Description, new Uri(config.AbsoluteUrl(SitePaths.NewsList(1))), config.AbsoluteUrl(SitePaths.NewsList(1)),
            items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch, items)
        {
            Language = config.Language,
        };
        if (config.Owner.Length > 0)
            feed.Authors.Add(new SyndicationPerson { Name = config.Owner });
        return feed;
    }

    private static SyndicationItem Item(SiteModel model, NewsItem news)
    {
        var url = model.Config.AbsoluteUrl(SitePaths.News(news.Slug));
        var published = ContentDates.PublishedAt(model, news);
        // Atom's <updated> is the update the page shows as "sist oppdatert", else the publication; RSS
        // items have only pubDate, the publication, and the channel's lastBuildDate is the newest change.
        var item = new SyndicationItem(news.Title, SyndicationContent.CreateHtmlContent(FeedLinks.Absolute(news.Article.Body.Html, url)), new Uri(url), url,
            ContentDates.LastChangeAt(model, news))
        {
            PublishDate = published,
            Summary = news.Article.Summary is { } summary ? new TextSyndicationContent(summary) : null,
        };
        foreach (var tag in news.Tags)
            item.Categories.Add(new SyndicationCategory(tag));
        return item;
    }
}
