using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CsCheck;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// The index build was made fast by hand (one pass instead of regexes, word numbers instead of a dictionary
/// of strings per field). The index files must not change by a byte, so these compare the fast code with
/// the plain definitions it replaced, on text made of the pieces that matter: tags, entities, every kind
/// of white space, accents, combining marks, surrogates, stop words and compounds.
/// </summary>
public sealed partial class SearchIndexEquivalenceTests
{
    private const long Iterations = 300;

    private static readonly Gen<string> Piece = Gen.OneOf<string>(
        Gen.OneOf<string>("<", ">", "<b>", "</p>", "<a href=\"?a=1&amp;b=2\">", "&amp;", "&lt;b&gt;", "&#32;", "&#10;", "&#x41;", "&nbsp;", "&", ";", "&#  65;", "&#\t65;", "&#65\r\n;", "&#x 41;", "&am p;"),
        Gen.OneOf<string>(" ", "  ", "\t", "\r\n", "\n", "\f", "\v", "\u00a0", "\u2003", "\u0085"),
        Gen.OneOf<string>("og", "i", "Å", "À", "avtale", "Tilslutningsavtalen", "tilslutnings", "bibliotekene", "folkebibliotek", "kravspesifikasjonen"),
        Gen.OneOf<string>("Kafé", "Čáhppa", "ØDEGÅRD", "e\u0301", "\u0301", "x\uD800", "٣", "ǅ", "2025"),
        Gen.String[Gen.Char.AlphaNumeric, 0, 12]);

    private static readonly Gen<string> Text = Piece.Array[0, 30].Select(parts => string.Concat(parts));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex Spaces();

    [Fact]
    public void Plain_IsTagsToSpacesThenEntitiesDecodedThenSpacesCollapsed()
    {
        Property.Check(Text, html =>
            Assert.Equal(Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim(), SearchIndexBuilder.Plain(html)), Iterations);
    }

    [Fact]
    public void Clean_IsSpacesCollapsedAndTrimmed()
    {
        Property.Check(Text, text => Assert.Equal(Spaces().Replace(text, " ").Trim(), SearchIndexBuilder.Clean(text)), Iterations);
    }

    [Fact]
    public void Plain_ALessThanWithNoGreaterThanAfterIt_StaysText()
    {
        Assert.Equal("a b <c <d", SearchIndexBuilder.Plain("a<x>b <c <d"));
    }

    [Fact]
    public void Postings_AreThoseOfTheDictionaryDefinition()
    {
        var documents = Gen.Select(Text, Text, Text, (title, lead, body) => new SearchDocument(title, "/", "Side", "", null, lead, body)).Array[0, 8];
        Property.Check(documents, items =>
        {
            var expected = Reference.Build([.. items]);
            var actual = SearchPostings.Build([.. items.Select(new SearchCounting().Count)]);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Select(p => p.Term));
            foreach (var (term, postings) in actual)
                Assert.Equal(expected[term], postings);
        }, Iterations);
    }

    /// <summary>The postings as they were computed before: a dictionary of strings per field and item.</summary>
    private static class Reference
    {
        private const double K1 = 1.2, B = 0.75, CompoundPartWeight = 0.5;
        private static readonly double[] FieldWeights = [6, 2, 1];

        public static Dictionary<string, List<(int Doc, int Score)>> Build(ImmutableArray<SearchDocument> documents)
        {
            var words = documents.Select(d => new[] { Count(d.Title), Count(d.Lead), Count(d.Body) }).ToArray();
            var distinct = words.SelectMany(fields => fields.SelectMany(f => f.Counts.Keys)).Distinct(StringComparer.Ordinal).ToList();
            var stems = distinct.ToDictionary(w => w, SearchText.Term, StringComparer.Ordinal);
            var compounds = new Compounds(new HashSet<string>(stems.Values, StringComparer.Ordinal));
            var parts = distinct.ToDictionary(w => w, compounds.LastPart, StringComparer.Ordinal);
            var averages = Enumerable.Range(0, FieldWeights.Length)
                .Select(f => documents.Length == 0 ? 1 : Math.Max(1, words.Average(fields => fields[f].Length))).ToArray();
            var postings = new Dictionary<string, List<(int Doc, int Score)>>(StringComparer.Ordinal);
            for (var i = 0; i < documents.Length; i++)
            {
                foreach (var (term, score) in Score(words[i], stems, parts, averages))
                {
                    if (!postings.TryGetValue(term, out var list))
                        postings[term] = list = [];
                    list.Add((i, score));
                }
            }
            return postings;
        }

        private static IEnumerable<(string Term, int Score)> Score((Dictionary<string, double> Counts, int Length)[] fields,
            Dictionary<string, string> stems, Dictionary<string, string?> parts, double[] averages)
        {
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < FieldWeights.Length; f++)
            {
                var (counts, length) = fields[f];
                var terms = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var (word, count) in counts)
                {
                    Add(terms, stems[word], count);
                    if (parts[word] is { } part)
                        Add(terms, part, count * CompoundPartWeight);
                }
                var norm = K1 * (1 - B + B * length / averages[f]);
                foreach (var (term, tf) in terms)
                    Add(scores, term, FieldWeights[f] * tf * (K1 + 1) / (tf + norm));
            }
            return scores.Select(s => (s.Key, Math.Max(1, (int)Math.Round(s.Value * SearchPostings.Scale))));
        }

        private static (Dictionary<string, double> Counts, int Length) Count(string text)
        {
            var counts = new Dictionary<string, double>(StringComparer.Ordinal);
            var length = 0;
            foreach (var word in Words(text).Where(w => !SearchText.StopWords.Contains(w)))
            {
                Add(counts, word, 1);
                length++;
            }
            return (counts, length);
        }

        private static void Add(Dictionary<string, double> counts, string key, double weight) =>
            counts[key] = counts.GetValueOrDefault(key) + weight;

        private static IEnumerable<string> Words(string text)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && (char.IsLetterOrDigit(text, i)
                    || char.GetUnicodeCategory(text, i) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
                if (inWord && start < 0)
                    start = i;
                else if (!inWord && start >= 0)
                {
                    yield return SearchText.Fold(text.AsSpan(start, i - start));
                    start = -1;
                }
            }
        }
    }
}
