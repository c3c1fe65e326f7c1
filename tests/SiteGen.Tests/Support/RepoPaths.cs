namespace SiteGen.Tests.Support;

/// <summary>Finds the repository by walking up to SiteGen.csproj, so tests read fixtures in place (nothing is copied to bin).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");

    public static string Fixture(params string[] parts) => Path.Combine([Root, "tests", "fixtures", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.csproj")))
                return dir.FullName;
        }
        throw new InvalidOperationException("SiteGen.csproj not found above " + AppContext.BaseDirectory);
    }
}
