namespace SiteGen.Tests.Ci;

/// <summary>
/// Reads a workflow command back the way the GitHub Actions runner does (its ActionCommand parser):
/// <c>::name key=value,key=value::data</c>, properties split at ',' and the first '=', then unescaped
/// (%0D, %0A, %3A, %2C, %25; data without %3A and %2C). Written from GitHub's description of the format, not from SiteGen's writer.
/// </summary>
public sealed record WorkflowCommand(string Name, IReadOnlyDictionary<string, string> Properties, string Data)
{
    public static WorkflowCommand? Parse(string line)
    {
        if (!line.StartsWith("::", StringComparison.Ordinal))
            return null;
        var end = line.IndexOf("::", 2, StringComparison.Ordinal);
        if (end < 0)
            return null;
        var info = line[2..end];
        var space = info.IndexOf(' ');
        var name = space < 0 ? info : info[..space];
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (space >= 0)
        {
            foreach (var pair in info[(space + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                if (equals > 0)
                    properties[pair[..equals]] = UnescapeProperty(pair[(equals + 1)..]);
            }
        }
        return new WorkflowCommand(name, properties, UnescapeData(line[(end + 2)..]));
    }

    private static string UnescapeData(string text) =>
        text.Replace("%0D", "\r", StringComparison.OrdinalIgnoreCase).Replace("%0A", "\n", StringComparison.OrdinalIgnoreCase).Replace("%25", "%", StringComparison.Ordinal);

    private static string UnescapeProperty(string text) =>
        text.Replace("%0D", "\r", StringComparison.OrdinalIgnoreCase).Replace("%0A", "\n", StringComparison.OrdinalIgnoreCase)
            .Replace("%3A", ":", StringComparison.OrdinalIgnoreCase).Replace("%2C", ",", StringComparison.OrdinalIgnoreCase)
            .Replace("%25", "%", StringComparison.Ordinal);
}
