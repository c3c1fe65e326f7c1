namespace SiteGen.Cli.Ci;

/// <summary>
/// What the CI runner tells a step through environment variables. Read through one function so tests
/// can give their own values instead of the process's.
/// </summary>
public sealed class CiEnvironment(Func<string, string?> variable)
{
    public static CiEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    public static CiEnvironment Of(IReadOnlyDictionary<string, string> variables) =>
        new(name => variables.TryGetValue(name, out var value) ? value : null);

    public string? this[string name] => variable(name) is { Length: > 0 } value ? value : null;

    /// <summary>GitHub sets GITHUB_ACTIONS=true in every step; then annotations are the default.</summary>
    public bool IsGitHubActions => this["GITHUB_ACTIONS"] == "true";

    /// <summary>
    /// A message's path as the repository sees it. Messages name files relative to the folder SiteGen
    /// runs in; when that is a subfolder of the checkout (GITHUB_WORKSPACE, CI_PROJECT_DIR), the
    /// subfolder is put in front, or GitHub and GitLab could not link the file.
    /// </summary>
    public string RepositoryPath(string path, string workingDirectory)
    {
        var checkout = this["GITHUB_WORKSPACE"] ?? this["CI_PROJECT_DIR"];
        if (checkout is null)
            return path;
        var full = Path.IsPathRooted(path) ? path : Path.Combine(workingDirectory, path);
        var relative = Path.GetRelativePath(Path.GetFullPath(checkout), Path.GetFullPath(full)).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
