namespace SiteGen.Urls;

/// <summary>Where each kind of content lives on the site. One place, so templates, checks and routes agree.</summary>
public static class SitePaths
{
    public const string NewsSection = "aktuelt";
    public const string DeadlinesSection = "frister";
    public const string FilesSection = "files";
    public const string DocumentsSection = "dokumenter";

    /// <summary>
    /// A root-relative address into the site ("/aktuelt/"), which gets the site's base path in front;
    /// not "//host/…" (another site) and not relative, absolute or fragment links. The one rule for that.
    /// </summary>
    public static bool IsSitePath(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    public static string News(string slug) => $"/{NewsSection}/{slug}/";
    public static string NewsList(int page) => page <= 1 ? $"/{NewsSection}/" : $"/{NewsSection}/side/{page}/";
    public static string Page(string slug) => slug == Content.Page.HomeSlug ? "/" : $"/{slug}/";
    public static string Deadlines => $"/{DeadlinesSection}/";
    public static string Deadline(string id) => $"/{DeadlinesSection}/#{id}";
    public static string File(string relativePath) => $"/{FilesSection}/{relativePath}";
    public static string DeadlinesFor(string audience) => $"/{DeadlinesSection}/{audience}/";
    public const string CalendarSection = "kalender";
    public static string CalendarFeed => $"/{CalendarSection}/frister.ics";
    public static string CalendarFeedFor(string audience) => $"/{CalendarSection}/{audience}.ics";
    public static string DeadlineCalendar(string id) => $"/{CalendarSection}/frist/{id}.ics";
    public static string NewsRss => $"/{NewsSection}/rss.xml";
    public static string NewsAtom => $"/{NewsSection}/atom.xml";
    public const string SearchSection = "sok";
    public static string Search => $"/{SearchSection}/";
    /// <summary>The folder of the search index: manifest.json, shards s/N.json and one f/N.json per searchable item.</summary>
    public static string SearchIndex => $"/{SearchSection}/indeks/";
    public static string SearchManifest => $"{SearchIndex}manifest.json";
    public static string Documents => $"/{DocumentsSection}/";

    /// <summary>Page slugs that would clash with a generated section.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        NewsSection, DeadlinesSection, FilesSection, CalendarSection, SearchSection, DocumentsSection, "404", "css", "js", "static",
    };

    /// <summary>The output file a site path is written to: "/aktuelt/x/" → "aktuelt/x/index.html".</summary>
    public static string OutputFileOf(string sitePath)
    {
        var path = sitePath.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
