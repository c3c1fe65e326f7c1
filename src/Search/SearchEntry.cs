namespace SiteGen.Search;

/// <summary>One thing the search page can find. Short property names keep the index small on phones.</summary>
/// <param name="T">Title.</param>
/// <param name="U">URL (with the base path).</param>
/// <param name="K">Kind, in Norwegian: "Side", "Nyhet", "Frist", "Dokument".</param>
/// <param name="D">A line of context: the date or a summary.</param>
/// <param name="X">Searchable text: summary, tags and the start of the body.</param>
/// <remarks><c>L</c> is the language of an entry in another language than the site's (for lang on its link); left out otherwise.</remarks>
public sealed record SearchEntry(string T, string U, string K, string D, string X)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? L { get; init; }
}
