using System.Buffers;
using System.Runtime;
using System.Text;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban output that encodes to UTF-8 as the template writes, into a buffer kept for the next page.
/// A page drawn into Scriban's own output was held three times over: as its text, as that text copied
/// out into a string, and as the string's bytes. One encoder for the whole page, so a character split
/// between two writes comes out as encoding the whole text at once would give it.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    private readonly ArrayBufferWriter<byte> bytes = new(64 * 1024);
    private readonly Encoder encoder = Encoding.UTF8.GetEncoder();

    public void Write(string text, int offset, int count) => Encode(text.AsSpan(offset, count), flush: false);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>What was written, then empty for the next page.</summary>
    public byte[] TakeBytes()
    {
        Encode([], flush: true);
        // A finished page lives until the site is written: allocated where the collector never moves it, it is not
        // copied from generation to generation on the way (at N = 10,000 some 135 MB of pages, each copied twice).
        // Not inside a region without collections (the preview's rebuilds): the region does not count that heap,
        // and a few megabytes of pages there ended it with a full collection.
        var pinned = GCSettings.LatencyMode != GCLatencyMode.NoGCRegion;
        var written = GC.AllocateUninitializedArray<byte>(bytes.WrittenCount, pinned);
        bytes.WrittenSpan.CopyTo(written);
        bytes.ResetWrittenCount();
        encoder.Reset();
        return written;
    }

    private void Encode(ReadOnlySpan<char> text, bool flush)
    {
        var completed = false;
        while (!completed)
        {
            var target = bytes.GetSpan(Math.Max(16, Encoding.UTF8.GetMaxByteCount(Math.Min(text.Length, 16 * 1024))));
            encoder.Convert(text, target, flush, out var charsUsed, out var bytesUsed, out completed);
            bytes.Advance(bytesUsed);
            text = text[charsUsed..];
        }
    }
}
