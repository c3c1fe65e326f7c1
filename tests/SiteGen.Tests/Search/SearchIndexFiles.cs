using SiteGen.Output;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>Runs queries against the index files of a build, as the search page's script does.</summary>
public static class SearchIndexFiles
{
    public const string Folder = "sok/indeks/";

    public static SearchQuery Query(BuildResult result) =>
        new(path => result.Files.FirstOrDefault(f => f.Path == Folder + path)?.Content);

    /// <summary>The addresses of every hit, best first.</summary>
    public static List<string> Urls(BuildResult result, string query)
    {
        var search = Query(result);
        return [.. search.Run(query).Hits.Select(h => search.Item(h.Doc).GetProperty("u").GetString()!)];
    }
}
