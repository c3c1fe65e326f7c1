using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Ci;

/// <summary>
/// GitLab's Code Quality report (<c>artifacts:reports:codequality</c>): a JSON array with one object
/// per message, which the merge request widget and the changes tab list at their lines. The fields
/// are the ones GitLab's documentation requires: description, check_name, fingerprint, severity,
/// location.path and location.lines.begin.
/// </summary>
public static class GitLabCodeQuality
{
    public const string DefaultPath = "gl-code-quality-report.json";

    public static string Json(IReadOnlyList<Diagnostic> diagnostics, MessageLanguage language, Func<string, string> repositoryPath, string pathWithoutLocation)
    {
        using var buffer = new MemoryStream();
        // Norwegian letters and «» as they are; GitLab reads UTF-8.
        var settings = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, settings))
        {
            json.WriteStartArray();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var d in diagnostics)
            {
                var path = d.Location is { } at ? repositoryPath(at.Path) : pathWithoutLocation;
                json.WriteStartObject();
                json.WriteString("description", d.Text.In(language));
                json.WriteString("check_name", d.Code);
                json.WriteString("fingerprint", Fingerprint(d, path, seen));
                json.WriteString("severity", d.IsError ? "blocker" : "minor");
                json.WriteStartObject("location");
                json.WriteString("path", path);
                json.WriteStartObject("lines");
                json.WriteNumber("begin", d.Location?.Line ?? 1);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>
    /// GitLab compares the fingerprints of the merge request with those of the target branch to tell new
    /// problems from fixed ones. So it is made of what identifies the problem (code, file, English text),
    /// not the line (an edit above it would make it "new"), nor the language of the description.
    /// The same problem twice in a file gets its order number, so no two share a fingerprint.
    /// </summary>
    private static string Fingerprint(Diagnostic diagnostic, string path, Dictionary<string, int> seen)
    {
        var key = $"{diagnostic.Code}\n{path}\n{diagnostic.Text.En}";
        var count = seen.TryGetValue(key, out var n) ? n + 1 : 1;
        seen[key] = count;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}\n{count}")));
    }
}
