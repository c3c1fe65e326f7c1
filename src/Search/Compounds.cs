namespace SiteGen.Search;

/// <summary>
/// Norwegian writes compounds as one word («tilslutningsavtale», «folkebibliotekene»), so a search
/// for the last part would miss them. A word of 8 letters or more whose ending (at least 4 letters,
/// after at least 3) stems to a word found on the site is indexed under that stem as well. The
/// longest such ending wins: «tilslutningsavtale» → «avtal», «folkebibliotekene» → «bibliotek».
/// </summary>
public sealed class Compounds(IReadOnlySet<string> vocabulary)
{
    private const int MinimumWord = 8, MinimumPart = 4, MinimumHead = 3;

    /// <summary>
    /// Longer than any real compound (the longest in use have some 40 letters); each ending is stemmed, so a
    /// "word" of 50,000 letters (a pasted hash, a run of x-es) would take minutes and gain nothing.
    /// </summary>
    public const int MaximumWord = 80;

    /// <summary>The stem of the compound's last part, or null when the word is not a compound of known words.</summary>
    public string? LastPart(string word)
    {
        if (word.Length is < MinimumWord or > MaximumWord)
            return null;
        for (var head = MinimumHead; head <= word.Length - MinimumPart; head++)
        {
            var stem = SearchText.Term(word[head..]);
            if (stem.Length >= MinimumPart && vocabulary.Contains(stem))
                return stem;
        }
        return null;
    }
}
