namespace SiteGen.Search;

/// <summary>
/// One item's words as <see cref="SearchCounting"/> found them: its distinct folded words (stop words left out),
/// numbered by their place here, and for its title, lead and body which of them it has how often.
/// </summary>
public sealed class SearchWords
{
    internal SearchWords(string[] words, SearchPostings.Field[] fields)
    {
        Words = words;
        Fields = fields;
    }

    internal string[] Words { get; }

    internal SearchPostings.Field[] Fields { get; }
}
