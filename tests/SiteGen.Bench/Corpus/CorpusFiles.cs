using System.Text;

namespace SiteGen.Bench.Corpus;

/// <summary>Writes files as UTF-8 without BOM with '\n', creating folders; the one place the corpus touches the disk.</summary>
public static class CorpusFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string root, string relative, string text) => Write(root, relative, Utf8.GetBytes(text));

    public static void Write(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Removes a folder this tool made before; refuses anything else, so a wrong --out cannot wipe a real folder.</summary>
    public static void Reset(string dir, string marker)
    {
        if (Directory.Exists(dir))
        {
            if (!File.Exists(Path.Combine(dir, marker)))
                throw new InvalidOperationException($"'{dir}' exists and was not made by the benchmark (no {marker}); choose an empty or new folder");
            Directory.Delete(dir, recursive: true);
        }
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, marker), "made by tests/SiteGen.Bench; safe to delete\n");
    }
}
