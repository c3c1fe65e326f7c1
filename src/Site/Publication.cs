using SiteGen.Content;

namespace SiteGen.Site;

/// <summary>Whether a document is on the site at the build's "now": drafts, publishDate and expiryDate.</summary>
public static class Publication
{
    public static bool IsVisible(Article document, DateTime localNow, bool includeDrafts)
    {
        if (document.Draft && !includeDrafts)
            return false;
        if (document.PublishDate is { } publish && publish.LocalDateTime > localNow)
            return false;
        if (document.ExpiryDate is { } expiry && expiry.LocalDateTime <= localNow)
            return false;
        return true;
    }
}
