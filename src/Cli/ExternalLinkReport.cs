using SiteGen.Links;

namespace SiteGen.Cli;

/// <summary>
/// --list-external: the other sites the pages link to, by host, and the pages each link is on, so
/// editors can check them by hand now and then (the build never fetches them).
/// </summary>
public static class ExternalLinkReport
{
    public static void Print(IReadOnlyCollection<ExternalLink> links, TextWriter writer)
    {
        var hosts = links.GroupBy(l => l.Host, StringComparer.Ordinal).ToList();
        writer.WriteLine(hosts.Count == 0 ? "External links: none." : $"External links: {links.Select(l => l.Url).Distinct().Count()} address(es) on {hosts.Count} host(s).");
        foreach (var host in hosts)
        {
            writer.WriteLine(host.Key);
            foreach (var url in host.GroupBy(l => l.Url, StringComparer.Ordinal))
                writer.WriteLine($"  {url.Key}  (on {string.Join(", ", url.Select(l => l.PageSitePath).Distinct())})");
        }
    }
}
