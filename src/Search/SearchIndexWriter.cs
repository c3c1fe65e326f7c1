using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SiteGen.Search;

/// <summary>
/// Writes the search index as Pagefind does: a small manifest, the terms in shards by their first
/// letters (a query fetches only the shards its words fall in) and one small file per item for the
/// result list and its excerpt (fetched only for the results shown). So what a reader downloads
/// grows with the query, not with the site. Every posting's score is computed here (BM25 over the
/// title, the lead and the body), so the browser only adds numbers.
/// </summary>
public static class SearchIndexWriter
{
    /// <summary>A shard larger than this is split by one more letter, unless all its terms are that short.</summary>
    public const int ShardBytes = 16_000;

    /// <summary>An item's text beyond this is still indexed, but not sent for the excerpt.</summary>
    public const int ExcerptTextCharacters = 60_000;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The index files, by path relative to the output folder, in path order.</summary>
    public static ImmutableArray<(string Path, byte[] Bytes)> Write(ImmutableArray<SearchItem> items, string folder)
    {
        var shards = Shards([.. SearchPostings.Build([.. items.Select(item => item.Words)])]);
        var files = new List<(string Path, byte[] Bytes)>();
        var shardFiles = new byte[shards.Count][];
        Parallel.For(0, shards.Count, i => shardFiles[i] = ShardJson(shards[i].Terms));
        for (var i = 0; i < shards.Count; i++)
            files.Add(($"{folder}s/{i}.json", shardFiles[i]));
        for (var i = 0; i < items.Length; i++)
            files.Add(($"{folder}f/{i}.json", items[i].Fragment));
        files.Add(($"{folder}manifest.json", ManifestJson(Version(shardFiles, items), items.Length, shards.Select(s => s.Key))));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Terms grouped by prefix: by their first letter, and a group over <see cref="ShardBytes"/> split
    /// again by the next letter. Terms as short as the prefix stay in the group of the prefix itself.
    /// The browser picks, for a word, the shard with the longest key the word starts with.
    /// </summary>
    private static List<(string Key, List<TermPostings> Terms)> Shards(List<TermPostings> terms)
    {
        var shards = new List<(string Key, List<TermPostings> Terms)>();
        Split("", terms);
        return shards;

        void Split(string prefix, List<TermPostings> group)
        {
            var size = group.Sum(t => t.Term.Length + 4 + t.Postings.Count * 8);
            // One term is a shard of its own however long: split letter by letter, a 50,000-letter "word" overflowed the stack.
            if (prefix.Length > 0 && (size <= ShardBytes || group.Count == 1 || group.All(t => t.Term.Length <= prefix.Length)))
            {
                shards.Add((prefix, group));
                return;
            }
            var own = group.Where(t => t.Term.Length <= prefix.Length).ToList();
            if (own.Count > 0)
                shards.Add((prefix, own));
            foreach (var next in group.Where(t => t.Term.Length > prefix.Length).GroupBy(t => t.Term[..NextCut(t.Term, prefix.Length)], StringComparer.Ordinal))
                Split(next.Key, [.. next]);
        }
    }

    // One letter longer; a letter beyond the Basic Multilingual Plane is two chars, and a key ending in half of one
    // would reach the manifest as U+FFFD and match no word.
    private static int NextCut(string term, int length) =>
        char.IsHighSurrogate(term[length]) && length + 1 < term.Length && char.IsLowSurrogate(term[length + 1]) ? length + 2 : length + 1;

    private static byte[] ShardJson(List<TermPostings> terms) => Written(json =>
    {
        json.WriteStartObject();
        foreach (var (term, postings) in terms)
        {
            // Document numbers as gaps from the previous one: most are small, so the shard is.
            json.WriteStartArray(term);
            var previous = 0;
            foreach (var (doc, score) in postings)
            {
                json.WriteNumberValue(doc - previous);
                json.WriteNumberValue(score);
                previous = doc;
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    });

    /// <summary>An item's file for the result list and its excerpt.</summary>
    internal static byte[] Fragment(SearchDocument document) => Written(json =>
    {
        json.WriteStartObject();
        json.WriteString("t", document.Title);
        json.WriteString("u", document.Url);
        json.WriteString("k", document.Kind);
        json.WriteString("d", document.Context);
        if (document.Language is { } language)
            json.WriteString("l", language);
        json.WriteString("s", document.Lead);
        json.WriteString("x", document.Body.Length > ExcerptTextCharacters ? document.Body[..ExcerptTextCharacters] : document.Body);
        json.WriteEndObject();
    });

    private static byte[] ManifestJson(string version, int count, IEnumerable<string> keys) => Written(json =>
    {
        json.WriteStartObject();
        json.WriteString("v", version);
        json.WriteNumber("n", count);
        json.WriteStartArray("s");
        foreach (var key in keys)
            json.WriteStringValue(key);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>
    /// A hash of every shard and item file: the browser asks for them with ?v=, so a new build is never mixed with cached files of an
    /// old one. The item files count by their own hashes, made once with each item, so a rebuild does not hash every item's text again.
    /// </summary>
    private static string Version(byte[][] shards, ImmutableArray<SearchItem> items)
    {
        var hash = new XxHash128();
        Span<byte> count = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(count, shards.Length);
        hash.Append(count);
        foreach (var shard in shards)
        {
            BinaryPrimitives.WriteInt32LittleEndian(count, shard.Length);
            hash.Append(count);
            hash.Append(shard);
        }
        foreach (var item in items)
            hash.Append(item.FragmentHash);
        return Convert.ToHexStringLower(hash.GetCurrentHash())[..12];
    }

    /// <summary>Each thread's JSON buffer, kept: a new one for every item file grew from a few hundred bytes by doubling, each time.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    private static byte[] Written(Action<Utf8JsonWriter> write)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>();
        output.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(output, Json))
            write(json);
        return output.WrittenSpan.ToArray();
    }
}
