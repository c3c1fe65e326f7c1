namespace SiteGen.Tests.Support;

/// <summary>Builds the text of content files for inline mini-sites.</summary>
public static class SiteFiles
{
    /// <summary>A news item; <paramref name="extra"/> is more front-matter lines, written after title and date.</summary>
    public static string News(string title, string date, string? extra = null, string body = "Tekst.") =>
        $"---\ntitle: {title}\ndate: {date}\n{(extra is null ? "" : extra.TrimEnd('\n') + "\n")}---\n{body}\n";

    public static string Page(string title, string? extra = null, string body = "Tekst.") =>
        $"---\ntitle: {title}\n{(extra is null ? "" : extra.TrimEnd('\n') + "\n")}---\n{body}\n";
}
