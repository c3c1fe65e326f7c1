using System.Globalization;
using System.Text;
using System.Xml;
using SiteGen.Site;

namespace SiteGen.Feeds;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9) for search engines, with lastmod taken from the content, and robots.txt.
/// A translated page lists every version as xhtml:link alternates (hreflang, and x-default for the original),
/// the form search engines read for pages in several languages.
/// </summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <param name="pages">Site paths of the public HTML pages with the date each last changed, if known.</param>
    public static byte[] Sitemap(SiteModel model, IEnumerable<(string SitePath, DateOnly? LastModified)> pages)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            var ordered = pages.OrderBy(p => p.SitePath, StringComparer.Ordinal).ToList();
            if (ordered.Exists(p => !model.Translations.Of(p.SitePath).IsEmpty))
                writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var (path, lastModified) in ordered)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, model.Config.AbsoluteUrl(path));
                if (lastModified is { } date)
                    writer.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                WriteAlternates(writer, model, path);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static void WriteAlternates(XmlWriter writer, SiteModel model, string path)
    {
        var versions = model.Translations.Of(path);
        if (versions.IsEmpty)
            return;
        foreach (var (hreflang, sitePath) in versions.Select(v => (v.Language, v.SitePath)).Append(("x-default", versions.First(v => v.IsOriginal).SitePath)))
        {
            writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
            writer.WriteAttributeString("rel", "alternate");
            writer.WriteAttributeString("hreflang", hreflang);
            writer.WriteAttributeString("href", model.Config.AbsoluteUrl(sitePath));
            writer.WriteEndElement();
        }
    }

    public static byte[] Robots(SiteModel model) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {model.Config.AbsoluteUrl("/sitemap.xml")}\n");
}
