using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Scriban.Runtime;

namespace SiteGen.Incremental;

/// <summary>
/// A hash of everything a step can read from a value: every public property and field of the types
/// this program defines (records, views, settings), every entry of a dictionary or a Scriban object,
/// every item of a list or tuple, the bytes of a byte array, and the invariant text of every other value.
/// Types from other libraries are hashed by their text, so a step's input of such a type must show
/// what the step reads in its ToString (as TimeZoneInfo and Uri do). Two calls of a step whose
/// inputs give the same fingerprint give the same result.
/// </summary>
public sealed class Fingerprint
{
    // Per type: its name and its members' names as UTF-8, and a getter each; a rebuild walks tens of thousands of views.
    private static readonly ConcurrentDictionary<Type, (byte[] TypeName, (byte[] Name, Func<object, object?> Get)[] Members)> MembersByType = new();

    // Everything is written here and hashed once at the end: a hash call per small value costs more than the value.
    private readonly ArrayBufferWriter<byte> bytes = new(4096);
    private Dictionary<object, int> seen = new(ReferenceEqualityComparer.Instance);

    private Fingerprint()
    {
    }

    /// <summary>The fingerprint of the values given, in order.</summary>
    public static string Of(params object?[] values)
    {
        var fingerprint = Rent();
        try
        {
            foreach (var value in values)
                fingerprint.Write(value);
            // XxHash128: the cache compares fingerprints made on this machine from its own files, so no one picks the bytes
            // to collide, and a 128-bit hash that fast lets a rebuild fingerprint every page (SHA-256 took most of that time).
            return Convert.ToHexString(XxHash128.Hash(fingerprint.bytes.WrittenSpan));
        }
        finally
        {
            Return(fingerprint);
        }
    }

    // Each thread's fingerprints in the making, one per depth (a record's own hash is made while its holder's is):
    // a new buffer for each of the tens of thousands of records a rebuild hashes was most of what a rebuild allocated,
    // and the garbage collections that followed were a quarter of its time.
    [ThreadStatic]
    private static List<Fingerprint>? pool;

    [ThreadStatic]
    private static int depth;

    private static Fingerprint Rent()
    {
        pool ??= [];
        if (depth == pool.Count)
            pool.Add(new Fingerprint());
        return pool[depth++];
    }

    private static void Return(Fingerprint fingerprint)
    {
        fingerprint.bytes.ResetWrittenCount();
        // Clearing a table costs its size, not its count: one that a whole-site fingerprint grew is dropped instead,
        // or every page fingerprinted after it on this thread would pay for it.
        if (fingerprint.seen.Count > 1024)
            fingerprint.seen = new(ReferenceEqualityComparer.Instance);
        else
            fingerprint.seen.Clear();
        depth--;
    }

    private void Write(object? value)
    {
        switch (value)
        {
            case null:
                Tag('0');
                return;
            case string text:
                Text('s', text);
                return;
            case Rendering.RawHtml html:
                Text('h', html.Html);
                return;
            case byte[] data:
                Tag('b');
                bytes.Advance(XxHash128.Hash(data, bytes.GetSpan(16)));
                return;
            case IScriptCustomFunction or Delegate:
                // Functions behave by the theme's texts and the site's settings, which are hashed apart.
                Text('f', value.GetType().FullName ?? "");
                return;
            case IFormattable formattable when value.GetType().IsValueType || value is IConvertible:
                Text('v', value.GetType().Name + ":" + formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool or char:
                Text('v', value.ToString() ?? "");
                return;
            case System.Runtime.CompilerServices.ITuple tuple:
                Tag('(');
                for (var i = 0; i < tuple.Length; i++)
                    Write(tuple[i]);
                Tag(')');
                return;
        }
        // A record of this program is immutable: its hash is kept (below), so a deadline or news item shown on many
        // pages, or kept from the last build by the cache, is walked once.
        if (IsRecord(value.GetType()))
        {
            Bytes('m', HashOf(value));
            return;
        }
        // Other shared objects (a list shown twice) are hashed once per fingerprint; later mentions point back to it, so cycles end.
        if (!value.GetType().IsValueType)
        {
            if (seen.TryGetValue(value, out var index))
            {
                Text('r', index.ToString(CultureInfo.InvariantCulture));
                return;
            }
            seen[value] = seen.Count;
        }
        if (IsDefaultImmutableArray(value))
            Tag('0');
        else if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
            Entries('d', pairs.Select(p => (p.Key, p.Value))); // Scriban's objects, before IDictionary: theirs enumerates nothing
        else if (value is IDictionary dictionary)
            Entries('d', EntriesOf(dictionary));
        else if (value is IEnumerable items)
        {
            Tag('[');
            foreach (var item in items)
                Write(item);
            Tag(']');
        }
        else if (value.GetType().Assembly == typeof(Fingerprint).Assembly)
            Members(value);
        else
            Text('o', value.GetType().FullName + ":" + Convert.ToString(value, CultureInfo.InvariantCulture));
    }

    // IDictionary's own enumerator: enumerating the dictionary as a list gives key-value pairs of the generic type.
    private static IEnumerable<(string Key, object? Value)> EntriesOf(IDictionary dictionary)
    {
        var entry = dictionary.GetEnumerator();
        while (entry.MoveNext())
            yield return (Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value);
    }

    private void Entries(char tag, IEnumerable<(string Key, object? Value)> entries)
    {
        Tag(tag);
        foreach (var (key, entry) in entries)
        {
            Text('k', key);
            Write(entry);
        }
        Tag('}');
    }

    // The records (and long texts) hashed in this build and in the one before: a record the cache kept from the last build is found in the
    // older table and carried over, the rest go when the next build ends. A ConditionalWeakTable did the same without
    // the rounds, but adding to it (a lock and a GC handle per record, for the tens of thousands of views a rebuild
    // makes afresh) was a third of a rebuild's page step.
    private static ConcurrentDictionary<object, byte[]> hashes = NewHashes(0);
    private static ConcurrentDictionary<object, byte[]> hashesBefore = NewHashes(0);

    // As large as the last build's from the start: a table that grows stops every thread that adds to it while it does.
    private static ConcurrentDictionary<object, byte[]> NewHashes(int records) =>
        new(Environment.ProcessorCount, Math.Max(1024, records + records / 4), ReferenceEqualityComparer.Instance);

    /// <summary>The hash of a record's members, or of a long text's characters.</summary>
    private static byte[] HashOf(object record)
    {
        if (hashes.TryGetValue(record, out var hash))
            return hash;
        if (!hashesBefore.TryGetValue(record, out hash))
            hash = record is string text ? XxHash128.Hash(MemoryMarshal.AsBytes(text.AsSpan())) : HashOfMembers(record);
        hashes.TryAdd(record, hash);
        return hash;
    }

    /// <summary>
    /// Called when a build has ended: forgets the hashes of records that build did not hash again, so a long-running preview
    /// holds those of two builds at most. Only a matter of time, never of results: a record is immutable, so its hash
    /// made again is the same.
    /// </summary>
    public static void EndBuild()
    {
        hashesBefore = hashes;
        hashes = NewHashes(hashesBefore.Count);
    }

    private static readonly ConcurrentDictionary<Type, bool> Records = new();

    private static byte[] HashOfMembers(object value)
    {
        var fingerprint = Rent();
        try
        {
            fingerprint.Members(value);
            return XxHash128.Hash(fingerprint.bytes.WrittenSpan);
        }
        finally
        {
            Return(fingerprint);
        }
    }

    /// <summary>A record class of this program (the compiler gives records a clone method).</summary>
    private static bool IsRecord(Type type) => Records.GetOrAdd(type, IsRecordType);

    private const string OwnTypes = "Asked only of this program's own types, and the native build keeps its assembly whole (Directory.Build.targets).";

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = OwnTypes)]
    private static bool IsRecordType(Type type) => !type.IsValueType && type.Assembly == typeof(Fingerprint).Assembly && type.GetMethod("<Clone>$") is not null;

    private void Members(object value)
    {
        var (typeName, members) = MembersByType.GetOrAdd(value.GetType(), PublicMembers);
        Bytes('t', typeName);
        foreach (var (name, get) in members)
        {
            Bytes('k', name);
            Write(get(value));
        }
        Tag('}');
    }

    /// <summary>The public properties and fields templates can read, with a getter each, compiled where there is a JIT (reflection per read is slow).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = OwnTypes)]
    private static (byte[], (byte[], Func<object, object?>)[]) PublicMembers(Type type) =>
        (Encoding.UTF8.GetBytes(type.FullName ?? type.Name),
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .Cast<MemberInfo>()
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => (Encoding.UTF8.GetBytes(m.Name), Getter(type, m)))]);

    private static Func<object, object?> Getter(Type type, MemberInfo member)
    {
        // Without a JIT (the native build) a compiled expression is only interpreted, slower than reflection's own call.
        if (!RuntimeFeature.IsDynamicCodeCompiled)
            return member is PropertyInfo property ? property.GetValue : ((FieldInfo)member).GetValue;
        var instance = Expression.Parameter(typeof(object));
        var read = Expression.MakeMemberAccess(Expression.Convert(instance, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }

    // Per ImmutableArray<T> type, its default value boxed; null for every other type.
    private static readonly ConcurrentDictionary<Type, object?> DefaultArrays = new();

    // A default ImmutableArray<T> equals only another default one. Asking the type for its IsDefault property instead needs
    // metadata that the native build's trimming does not keep for every T.
    private static bool IsDefaultImmutableArray(object value) =>
        DefaultArrays.GetOrAdd(value.GetType(), DefaultArray) is { } empty && value.Equals(empty);

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "A struct is made without running a constructor.")]
    private static object? DefaultArray(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
            ? RuntimeHelpers.GetUninitializedObject(type)
            : null;

    private const int LongText = 256;

    // From this length a text's hash is kept like a record's: a body kept from the last build is the same string, and one
    // rebuild hashed each news item's body in its page, its JSON-LD and its search entry, some 30 MB at N = 1,000.
    // Keeping the hashes from 1,024 characters on made no difference in alternating runs.
    private const int KeptText = 4096;

    private void Tag(char tag)
    {
        bytes.GetSpan(1)[0] = (byte)tag;
        bytes.Advance(1);
    }

    // Length first, so no two sequences of texts run together into the same bytes.
    private void Bytes(char tag, ReadOnlySpan<byte> data)
    {
        Tag(tag);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.GetSpan(4), data.Length);
        bytes.Advance(4);
        bytes.Write(data);
    }

    private void Text(char tag, string text)
    {
        // A page's body is hashed where it lies, not copied in as UTF-8 first: most of the bytes of a rebuild's fingerprints.
        if (text.Length > LongText)
        {
            Tag(char.ToUpperInvariant(tag));
            if (text.Length < KeptText)
                bytes.Advance(XxHash128.Hash(MemoryMarshal.AsBytes(text.AsSpan()), bytes.GetSpan(16)));
            else
                bytes.Write(HashOf(text));
            return;
        }
        Tag(tag);
        var length = Encoding.UTF8.GetByteCount(text);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.GetSpan(4), length);
        bytes.Advance(4);
        bytes.Advance(Encoding.UTF8.GetBytes(text, bytes.GetSpan(length)));
    }
}
