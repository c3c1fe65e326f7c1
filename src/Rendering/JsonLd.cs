using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Nodes;
using SiteGen.Site;

namespace SiteGen.Rendering;

/// <summary>
/// schema.org data for search engines, as a &lt;script type="application/ld+json"&gt; block.
/// System.Text.Json's default encoder writes '&lt;', '&gt;' and '&amp;' as \u escapes, so no value
/// can close the script element early.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static RawHtml ForHome(SiteModel model)
    {
        var config = model.Config;
        var website = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebSite",
            ["name"] = config.Title,
            ["description"] = config.Description,
            ["url"] = config.AbsoluteUrl("/"),
            ["inLanguage"] = config.Language,
        };
        if (config.Owner.Length > 0)
        {
            website["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = config.Owner };
        }
        return new RawHtml($"<script type=\"application/ld+json\">{website.ToJsonString(Options)}</script>");
    }
}
