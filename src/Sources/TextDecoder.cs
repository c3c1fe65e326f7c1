using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Sources;

/// <summary>
/// Turns a file's bytes into text the parsers can trust: strict UTF-8, no BOM, no NUL, '\n' line
/// ends (Word and Windows editors give CRLF or a lone CR).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(SourceFile file, DiagnosticBag diagnostics)
    {
        var bytes = file.Bytes.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : FirstInvalidByte(bytes);
            diagnostics.Error(DiagnosticCodes.InvalidText,
                en: "the file is not valid UTF-8 text; save it as UTF-8 (in Word: 'Save as' > 'Plain text' > 'Unicode (UTF-8)')",
                nb: "filen er ikke lagret som UTF-8-tekst – lagre den som UTF-8 (i Word: «Lagre som» > «Ren tekst» > «Unicode (UTF-8)»)",
                LocationOfByte(file.DisplayPath, bytes, offset));
            return null;
        }
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidText, en: "the file contains a NUL character; is it a binary file?",
                nb: "filen inneholder et NUL-tegn, så den er neppe en tekstfil – er det riktig fil?", LocationOf(file.DisplayPath, text, nul));
            return null;
        }
        return ForbiddenCharacters.Clean(NormalizeNewlines(text), file.DisplayPath, diagnostics);
    }

    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    public static SourceLocation LocationOf(string path, string text, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return new SourceLocation(path, line, column);
    }

    private static SourceLocation LocationOfByte(string path, ReadOnlySpan<byte> bytes, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new SourceLocation(path, line, column);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return i;
            i += consumed;
        }
        return 0;
    }
}
