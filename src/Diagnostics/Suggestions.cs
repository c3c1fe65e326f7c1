namespace SiteGen.Diagnostics;

/// <summary>
/// "Mente du …?": the known name closest to a misspelled one. Distance is the optimal string
/// alignment distance (Levenshtein plus swapping two neighbours, the commonest typo), compared without
/// regard to case, '_' and '-' so that "publish_date" and "publishdate" both find "publishDate".
/// </summary>
public static class Suggestions
{
    /// <summary>The closest candidate within a distance that suits the word's length, or null; ties go to the first candidate.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var wanted = Fold(word);
        if (wanted.Length == 0)
            return null;
        // One edit for short words (an id like "frist" against "frisk" is still a typo), two from six letters,
        // a third of the word for long paths; more than that suggests words that only look alike.
        var limit = wanted.Length < 6 ? 1 : Math.Max(2, wanted.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, word, StringComparison.Ordinal))
                continue;
            var folded = Fold(candidate);
            if (Math.Abs(folded.Length - wanted.Length) > limit)
                continue; // cheap: a length difference alone needs that many edits
            var distance = Distance(wanted, folded);
            if (distance <= limit && distance < bestDistance)
                (best, bestDistance) = (candidate, distance);
        }
        return best;
    }

    /// <summary>Lower case, without '_', '-' and spaces: the differences editors do not see as spelling.</summary>
    public static string Fold(string word) =>
        new([.. word.Where(c => c is not ('_' or '-' or ' ')).Select(char.ToLowerInvariant)]);

    /// <summary>Optimal string alignment distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
