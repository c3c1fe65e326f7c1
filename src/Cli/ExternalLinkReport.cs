using SiteGen.Diagnostics;
using SiteGen.Links;

namespace SiteGen.Cli;

/// <summary>
/// --list-external: the other sites the pages link to, by host, and the pages each link is on, so
/// editors can check them by hand now and then (the build never fetches them).
/// </summary>
public static class ExternalLinkReport
{
    public static void Print(IReadOnlyCollection<ExternalLink> links, TextWriter writer, MessageLanguage messages = MessageLanguage.Nb)
    {
        var en = messages == MessageLanguage.En;
        var hosts = links.GroupBy(l => l.Host, StringComparer.Ordinal).ToList();
        var addresses = links.Select(l => l.Url).Distinct().Count();
        writer.WriteLine(hosts.Count == 0
            ? en ? "External links: none." : "Lenker til andre nettsteder: ingen."
            : en ? $"External links: {addresses} address(es) on {hosts.Count} host(s)."
            : $"Lenker til andre nettsteder: {Counts.Of(addresses, "adresse", "adresser")} på {Counts.Of(hosts.Count, "nettsted", "nettsteder")}.");
        foreach (var host in hosts)
        {
            writer.WriteLine(host.Key);
            foreach (var url in host.GroupBy(l => l.Url, StringComparer.Ordinal))
                writer.WriteLine($"  {url.Key}  ({(en ? "on" : "på")} {string.Join(", ", url.Select(l => l.PageSitePath).Distinct())})");
        }
    }
}
