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
using Scriban.Runtime;

namespace SiteGen.Incremental;

/// <summary>
/// A hash of everything a step can read from a value: every public property and field of the types
/// this program defines (records, views, settings), every entry of a dictionary or a Scriban object,
/// every item of a list or tuple, the bytes of a byte array, and the invariant text of every other value.
/// Types from other libraries are hashed by their text, so a step's input of such a type must show
/// what the step reads in its ToString (as TimeZoneInfo and Uri do). Two calls of a step whose
/// inputs give the same fingerprint give the same result. Fingerprints are compared within one
/// process only, never stored.
/// </summary>
public sealed class Fingerprint
{
    // Everything is written here and hashed once at the end: a hash call per small value costs more than the value.
    private byte[] bytes = new byte[4096];
    private int written;
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
            return Convert.ToHexString(XxHash128.Hash(fingerprint.Written));
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
        fingerprint.written = 0;
        // Clearing a table costs its size, not its count: one that a whole-site fingerprint grew is dropped instead,
        // or every page fingerprinted after it on this thread would pay for it.
        if (fingerprint.seen.Count > 1024)
            fingerprint.seen = new(ReferenceEqualityComparer.Instance);
        else
            fingerprint.seen.Clear();
        depth--;
    }

    private ReadOnlySpan<byte> Written => bytes.AsSpan(0, written);

    private void Write(object? value)
    {
        if (value is null)
        {
            Tag('0');
            return;
        }
        if (value is string text)
        {
            Text('s', text);
            return;
        }
        var shape = Shape.Of(value.GetType());
        switch (shape.Kind)
        {
            case Kind.Html:
                Text('h', ((Rendering.RawHtml)value).Html);
                return;
            case Kind.Bytes:
                Tag('b');
                XxHash128.Hash((byte[])value, Room(16));
                return;
            case Kind.Function:
                // Functions behave by the theme's texts and the site's settings, which are hashed apart.
                Bytes('f', shape.Id);
                return;
            case Kind.Formattable:
                Formatted(shape, (IFormattable)value);
                return;
            case Kind.Plain:
                Text('p', value.ToString() ?? "");
                return;
            case Kind.Tuple:
                var tuple = (ITuple)value;
                Tag('(');
                for (var i = 0; i < tuple.Length; i++)
                    Write(tuple[i]);
                Tag(')');
                return;
            case Kind.Record:
                // A record of this program is immutable: its hash is kept (below), so a deadline or news item shown on many
                // pages, or kept from the last build by the cache, is walked once.
                Bytes('m', HashOf(value, shape));
                return;
        }
        // Other shared objects (a list shown twice) are hashed once per fingerprint; later mentions point back to it, so cycles end.
        if (!shape.IsValueType)
        {
            if (seen.TryGetValue(value, out var index))
            {
                Text('r', index.ToString(CultureInfo.InvariantCulture));
                return;
            }
            seen[value] = seen.Count;
        }
        // A default ImmutableArray<T> equals only another default one, and cannot be read item by item.
        if (shape.DefaultValue is { } empty && value.Equals(empty))
        {
            Tag('0');
            return;
        }
        switch (shape.Kind)
        {
            case Kind.Pairs:
                // Scriban's objects, before IDictionary: theirs enumerates nothing. Lists and maps are named by their type as records
                // are: a template can tell a Scriban object from a map read from YAML (object.kind), so the two must differ.
                Bytes('d', shape.Id);
                foreach (var (key, entry) in (IEnumerable<KeyValuePair<string, object?>>)value)
                    Entry(key, entry);
                Tag('}');
                return;
            case Kind.Dictionary:
                Bytes('d', shape.Id);
                // IDictionary's own enumerator: enumerating the dictionary as a list gives key-value pairs of the generic type.
                var pair = ((IDictionary)value).GetEnumerator();
                while (pair.MoveNext())
                    Entry(Convert.ToString(pair.Key, CultureInfo.InvariantCulture) ?? "", pair.Value);
                Tag('}');
                return;
            case Kind.List:
                var list = (IList)value;
                Bytes('[', shape.Id);
                for (var i = 0; i < list.Count; i++)
                    Write(list[i]);
                Tag(']');
                return;
            case Kind.Items:
                Bytes('[', shape.Id);
                foreach (var item in (IEnumerable)value)
                    Write(item);
                Tag(']');
                return;
            case Kind.Members:
                Members(value, shape);
                return;
            default:
                Text('o', value.GetType().FullName + ":" + Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    private void Entry(string key, object? value)
    {
        Text('k', key);
        Write(value);
    }

    // The type first: a value of another type with the same text differs. Times in their round-trip form: the general
    // one leaves out the fractions of a second, so two times a millisecond apart were one.
    private void Formatted(Shape shape, IFormattable value)
    {
        Bytes('v', shape.Id);
        Span<char> text = stackalloc char[64];
        var format = value is DateTime or DateTimeOffset or TimeOnly ? "O" : null;
        if (value is ISpanFormattable span && span.TryFormat(text, out var length, format, CultureInfo.InvariantCulture))
            Chars(text[..length]);
        else
            Chars(value.ToString(format, CultureInfo.InvariantCulture));
    }

    // The type stands for the list of its members, which are written in the same order every time.
    private void Members(object value, Shape shape)
    {
        Bytes('t', shape.Id);
        foreach (var get in shape.Members)
            Write(get(value));
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
    private static byte[] HashOf(object record, Shape? shape)
    {
        if (shape is { Kept: false })
            return HashOfMembers(record, shape);
        if (hashes.TryGetValue(record, out var hash))
        {
            if (shape is not null)
                shape.Found++;
            return hash;
        }
        if (hashesBefore.TryGetValue(record, out hash))
        {
            if (shape is not null)
                shape.Found++;
        }
        else
        {
            hash = shape is null ? XxHash128.Hash(MemoryMarshal.AsBytes(((string)record).AsSpan())) : HashOfMembers(record, shape);
            if (shape is not null)
                shape.Made++;
        }
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
        Shape.EndBuild(decide: !hashesBefore.IsEmpty);
        hashesBefore = hashes;
        hashes = NewHashes(hashesBefore.Count);
    }

    private static byte[] HashOfMembers(object value, Shape shape)
    {
        var fingerprint = Rent();
        try
        {
            fingerprint.Members(value, shape);
            return XxHash128.Hash(fingerprint.Written);
        }
        finally
        {
            Return(fingerprint);
        }
    }

    private const int LongText = 256;

    // From this length a text's hash is kept like a record's: a body kept from the last build is the same string, and one
    // rebuild hashed each news item's body in its page, its JSON-LD and its search entry, some 30 MB at N = 1,000.
    // Keeping the hashes from 1,024 characters on made no difference in alternating runs.
    private const int KeptText = 4096;

    private Span<byte> Room(int size)
    {
        if (written + size > bytes.Length)
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, written + size));
        var room = bytes.AsSpan(written, size);
        written += size;
        return room;
    }

    private void Tag(char tag) => Room(1)[0] = (byte)tag;

    // Length first, so no two sequences of texts run together into the same bytes.
    private void Bytes(char tag, ReadOnlySpan<byte> data)
    {
        Tag(tag);
        BinaryPrimitives.WriteInt32LittleEndian(Room(4), data.Length);
        data.CopyTo(Room(data.Length));
    }

    // A text is hashed as the characters it is made of, not encoded first: the encoding was a tenth of a rebuild's fingerprints.
    private void Chars(ReadOnlySpan<char> text)
    {
        var data = MemoryMarshal.AsBytes(text);
        BinaryPrimitives.WriteInt32LittleEndian(Room(4), data.Length);
        data.CopyTo(Room(data.Length));
    }

    private void Text(char tag, string text)
    {
        // A page's body is hashed where it lies, not copied in first: most of the bytes of a rebuild's fingerprints.
        if (text.Length > LongText)
        {
            Tag(char.ToUpperInvariant(tag));
            if (text.Length < KeptText)
                XxHash128.Hash(MemoryMarshal.AsBytes(text.AsSpan()), Room(16));
            else
                HashOf(text, null).CopyTo(Room(16));
            return;
        }
        Tag(tag);
        Chars(text);
    }

    private enum Kind
    {
        Html,
        Bytes,
        Function,
        Formattable,
        Plain,
        Tuple,
        Record,
        Pairs,
        Dictionary,
        List,
        Items,
        Members,
        Other,
    }

    /// <summary>
    /// How values of one type are hashed, worked out once per type: a rebuild walks tens of thousands of views, and asking
    /// each value what it is (a cast per interface) and looking up its members apart was a third of the walk.
    /// </summary>
    private sealed class Shape
    {
        private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();
        private static int types;

        private Shape(Kind kind, Type type)
        {
            Kind = kind;
            IsValueType = type.IsValueType;
            // A number of its own for each type, not its name: fingerprints never leave the process, and a generic type's name
            // (ImmutableArray`1 with its item type's assembly) is some 140 bytes, written for every list.
            Id = BitConverter.GetBytes(Interlocked.Increment(ref types));
        }

        public Kind Kind { get; }
        public bool IsValueType { get; }
        public byte[] Id { get; }

        /// <summary>Of <see cref="System.Collections.Immutable.ImmutableArray{T}"/>: its default value, boxed.</summary>
        public object? DefaultValue { get; private init; }

        /// <summary>
        /// Of a record type: whether its hashes are kept (see <see cref="HashOf"/>). Views made afresh in every build and met once
        /// (a calendar day, a route) gain nothing from the tables, and looking each up twice and adding it was a fifth of a rebuild's
        /// fingerprints: a type whose records were found again for fewer than one in sixteen made is hashed without them from the
        /// next build on. That is judged only after a build that had the tables of one before it: in the first, nothing kept
        /// from a build before could be found, not even the pages the cache gives back. Only a matter of time: a record's
        /// hash is the same either way.
        /// </summary>
        public bool Kept { get; private set; } = true;

        // Counted without locks: a count lost to a race only shifts when a type stops being kept.
        public int Found;
        public int Made;

        public static void EndBuild(bool decide)
        {
            foreach (var shape in Shapes.Values)
            {
                if (decide && shape.Kept && shape.Made >= 64 && shape.Found * 16 < shape.Made)
                    shape.Kept = false;
                (shape.Found, shape.Made) = (0, 0);
            }
        }

        /// <summary>Of this program's types: a getter for each public property and field, by name.</summary>
        public Func<object, object?>[] Members { get; private init; } = [];

        public static Shape Of(Type type) => Shapes.TryGetValue(type, out var shape) ? shape : Shapes.GetOrAdd(type, Make);

        private static Shape Make(Type type)
        {
            var kind = KindOf(type);
            return new Shape(kind, type)
            {
                DefaultValue = DefaultArray(type),
                Members = kind is Kind.Record or Kind.Members ? PublicMembers(type) : [],
            };
        }

        // In the order the kinds were told apart value by value: a type that is two of them is the first.
        private static Kind KindOf(Type type) =>
            type == typeof(Rendering.RawHtml) ? Kind.Html
            : type == typeof(byte[]) ? Kind.Bytes
            : typeof(IScriptCustomFunction).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type) ? Kind.Function
            : typeof(IFormattable).IsAssignableFrom(type) && (type.IsValueType || typeof(IConvertible).IsAssignableFrom(type)) ? Kind.Formattable
            : type == typeof(bool) || type == typeof(char) ? Kind.Plain
            : typeof(ITuple).IsAssignableFrom(type) ? Kind.Tuple
            : IsRecord(type) ? Kind.Record
            : typeof(IEnumerable<KeyValuePair<string, object?>>).IsAssignableFrom(type) ? Kind.Pairs
            : typeof(IDictionary).IsAssignableFrom(type) ? Kind.Dictionary
            : typeof(IList).IsAssignableFrom(type) ? Kind.List
            : typeof(IEnumerable).IsAssignableFrom(type) ? Kind.Items
            : type.Assembly == typeof(Fingerprint).Assembly ? Kind.Members
            : Kind.Other;

        private const string OwnTypes = "Asked only of this program's own types, and the native build keeps its assembly whole (Directory.Build.targets).";

        /// <summary>A record class of this program (the compiler gives records a clone method).</summary>
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = OwnTypes)]
        private static bool IsRecord(Type type) => !type.IsValueType && type.Assembly == typeof(Fingerprint).Assembly && type.GetMethod("<Clone>$") is not null;

        /// <summary>The public properties and fields templates can read, by name, compiled where there is a JIT (reflection per read is slow).</summary>
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = OwnTypes)]
        private static Func<object, object?>[] PublicMembers(Type type) =>
            [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
                .Cast<MemberInfo>()
                .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance))
                .OrderBy(m => m.Name, StringComparer.Ordinal)
                .Select(m => Getter(type, m))];

        private static Func<object, object?> Getter(Type type, MemberInfo member)
        {
            // Without a JIT (the native build) a compiled expression is only interpreted, slower than reflection's own call.
            if (!RuntimeFeature.IsDynamicCodeCompiled)
            {
                if (member is FieldInfo field)
                    return field.GetValue;
                var invoker = MethodInvoker.Create(((PropertyInfo)member).GetMethod!);
                return target => invoker.Invoke(target);
            }
            var instance = Expression.Parameter(typeof(object));
            var read = Expression.MakeMemberAccess(Expression.Convert(instance, type), member);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
        }

        // A default ImmutableArray<T> equals only another default one. Asking the type for its IsDefault property instead needs
        // metadata that the native build's trimming does not keep for every T.
        [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "A struct is made without running a constructor.")]
        private static object? DefaultArray(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
                ? RuntimeHelpers.GetUninitializedObject(type)
                : null;
    }
}
