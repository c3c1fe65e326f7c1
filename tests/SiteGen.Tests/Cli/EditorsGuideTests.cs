using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The editors' part of the README: every command it shows is one SiteGen accepts, typed with the
/// same name the messages use, and it says how to get .NET and git on Windows and macOS.
/// </summary>
public sealed partial class EditorsGuideTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [GeneratedRegex(@"`\./sitegen ([^`…\[]+)`|^\./sitegen ([^#\[\n]+?)\s*(#.*)?$", RegexOptions.Multiline)]
    private static partial Regex SitegenCommand();

    [GeneratedRegex("\"[^\"]*\"|\\S+")]
    private static partial Regex Word();

    [Fact]
    public void EveryConcreteSitegenCommandInTheReadme_Parses()
    {
        var commands = SitegenCommand().Matches(Readme).Select(m => (m.Groups[1].Success ? m.Groups[1] : m.Groups[2]).Value.Trim()).Distinct().ToList();

        Assert.Contains("check", commands);
        Assert.Contains("new news \"Tittel på saken\"", commands);
        foreach (var command in commands)
        {
            string[] args = [.. Word().Matches(command).Select(w => w.Value.Trim('"'))];
            var parse = CommandLine.Create().Parse(args);
            Assert.True(parse.Errors.Count == 0, $"./sitegen {command}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void EditorsSections_UseTheSitegenCommand_NotDotnetRun()
    {
        var editors = Regex.Matches(Readme, @"^## For redaktører.*?(?=^## (?!For redaktører))", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => m.Value).ToList();

        Assert.NotEmpty(editors);
        Assert.All(editors, section => Assert.DoesNotContain("dotnet run", section));
    }

    [Theory]
    [InlineData("winget install Microsoft.DotNet.SDK.10")]
    [InlineData("winget install Git.Git")]
    [InlineData("brew install --cask dotnet-sdk")]
    [InlineData("brew install git")]
    [InlineData("https://dotnet.microsoft.com/download")]
    [InlineData("https://git-scm.com/downloads")]
    public void EditorsGuide_SaysHowToInstallDotnetAndGit(string step)
    {
        var start = Readme.IndexOf("### Før du begynner", StringComparison.Ordinal);

        Assert.True(start > 0, "the editors' guide has a «Før du begynner» section");
        Assert.Contains(step, Readme[start..Readme.IndexOf("### Skrive en nyhet", start, StringComparison.Ordinal)]);
    }
}
