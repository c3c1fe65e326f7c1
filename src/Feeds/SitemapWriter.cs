using System.Globalization;
using System.Text;
using System.Xml;
using SiteGen.Site;

namespace SiteGen.Feeds;

/// <summary>sitemap.xml (sitemaps.org 0.9) for search engines, with lastmod taken from the content, and robots.txt.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="pages">Site paths of the public HTML pages with the date each last changed, if known.</param>
    public static byte[] Sitemap(SiteModel model, IEnumerable<(string SitePath, DateOnly? LastModified)> pages)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var (path, lastModified) in pages.OrderBy(p => p.SitePath, StringComparer.Ordinal))
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, model.Config.AbsoluteUrl(path));
                if (lastModified is { } date)
                    writer.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return stream.ToArray();
    }

    public static byte[] Robots(SiteModel model) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {model.Config.AbsoluteUrl("/sitemap.xml")}\n");
}
