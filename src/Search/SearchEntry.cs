namespace SiteGen.Search;

/// <summary>One thing the search page can find. Short property names keep the index small on phones.</summary>
/// <param name="T">Title.</param>
/// <param name="U">URL (with the base path).</param>
/// <param name="K">Kind, in Norwegian: "Side", "Nyhet", "Frist", "Dokument".</param>
/// <param name="D">A line of context: the date or a summary.</param>
/// <param name="X">Searchable text: summary, tags and the start of the body.</param>
public sealed record SearchEntry(string T, string U, string K, string D, string X);
