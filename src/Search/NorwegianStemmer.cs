namespace SiteGen.Search;

/// <summary>
/// The Snowball stemmer for Norwegian (snowballstem.org/algorithms/norwegian), ported so that
/// "kravspesifikasjonen" and "kravspesifikasjon", or "Tilslutningsavtalen" and "Tilslutningsavtale",
/// meet in one index term. theme/static/js/sok.js has the same steps line for line; a browser test
/// checks that both give the same stems.
/// </summary>
public static class NorwegianStemmer
{
    private const string Vowels = "aeiouyæåø";
    private const string SEndings = "bcdfghjlmnoptvyz";

    // Longest first, so the first that fits is the longest, as Snowball's "among" picks it.
    private static readonly string[] MainSuffixes =
    [
        "hetenes", "hetene", "hetens", "heten", "heter", "endes", "ande", "ende", "edes", "enes", "erte",
        "ede", "ane", "ene", "ens", "ers", "ets", "het", "ast", "ert", "en", "ar", "er", "as", "es", "et", "a", "e", "s",
    ];

    // Before "ers": these keep it («sommers», «kappers» stay); any other ending, and giv/hav/skap, lose it.
    private static readonly string[] KeepErs = ["amm", "ast", "ind", "kap", "kk", "lt", "nk", "omm", "pp", "v", "øst"];
    private static readonly string[] DropErs = ["skap", "giv", "hav"];

    private static readonly string[] OtherSuffixes = ["hetslov", "eleg", "elig", "elov", "slov", "leg", "eig", "lig", "els", "lov", "ig"];

    /// <summary>The stem of one lower-case word.</summary>
    public static string Stem(string word)
    {
        var p1 = RegionOne(word);
        if (p1 >= word.Length)
            return word;
        word = MainSuffix(word, p1);
        word = ConsonantPair(word, p1);
        return OtherSuffix(word, p1);
    }

    /// <summary>R1 starts after the first non-vowel that follows a vowel, but never before the fourth letter.</summary>
    private static int RegionOne(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!IsVowel(word[i]) && IsVowel(word[i - 1]))
                return Math.Max(i + 1, 3);
        }
        return word.Length;
    }

    private static string MainSuffix(string word, int p1)
    {
        foreach (var suffix in MainSuffixes)
        {
            if (!EndsInRegion(word, suffix, p1))
                continue;
            var rest = word[..^suffix.Length];
            return suffix switch
            {
                "s" => IsSEnding(rest) ? rest : word,
                "ers" => KeepsErs(rest) ? word : rest,
                "erte" or "ert" => rest + "er",
                _ => rest,
            };
        }
        return word;
    }

    /// <summary>A valid s-ending: one of b c d f g h j l m n o p t v y z, r not after e, or k after a non-vowel.</summary>
    private static bool IsSEnding(string rest) =>
        rest.Length > 0 && (SEndings.Contains(rest[^1])
            || (rest[^1] == 'r' && (rest.Length < 2 || rest[^2] != 'e'))
            || (rest[^1] == 'k' && rest.Length > 1 && !IsVowel(rest[^2])));

    /// <summary>Snowball's nested among: the longest listed ending before "ers" decides; giv, hav and skap win over v and kap.</summary>
    private static bool KeepsErs(string rest) =>
        !DropErs.Any(e => rest.EndsWith(e, StringComparison.Ordinal)) && KeepErs.Any(e => rest.EndsWith(e, StringComparison.Ordinal));

    private static string ConsonantPair(string word, int p1) =>
        (EndsInRegion(word, "dt", p1) || EndsInRegion(word, "vt", p1)) ? word[..^1] : word;

    private static string OtherSuffix(string word, int p1)
    {
        foreach (var suffix in OtherSuffixes)
        {
            if (EndsInRegion(word, suffix, p1))
                return word[..^suffix.Length];
        }
        return word;
    }

    private static bool EndsInRegion(string word, string suffix, int p1) =>
        word.Length - suffix.Length >= p1 && word.EndsWith(suffix, StringComparison.Ordinal);

    private static bool IsVowel(char c) => Vowels.Contains(c);
}
