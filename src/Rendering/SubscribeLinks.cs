using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>Subscribe links for a feed address, in the forms calendar apps accept.</summary>
public static class SubscribeLinks
{
    public static FeedView For(string title, string? audienceId, string absoluteUrl)
    {
        var webcal = "webcal://" + absoluteUrl[(absoluteUrl.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var url = Uri.EscapeDataString(absoluteUrl);
        var name = Uri.EscapeDataString(title);
        return new FeedView(title, audienceId, absoluteUrl, webcal,
            "https://calendar.google.com/calendar/r?cid=" + Uri.EscapeDataString(webcal),
            $"https://outlook.live.com/calendar/0/addfromweb?url={url}&name={name}",
            $"https://outlook.office.com/calendar/0/addfromweb?url={url}&name={name}");
    }
}
