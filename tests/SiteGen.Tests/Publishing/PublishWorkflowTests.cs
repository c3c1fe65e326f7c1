using System.Text.RegularExpressions;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// The publish workflows are checked the only way possible here (no GitHub or GitLab runner):
/// they parse as YAML, build with the README's command, publish output/, keep full git history and
/// run daily.
/// </summary>
public sealed partial class PublishWorkflowTests
{
    [GeneratedRegex("```sh\\n(?<command>[^\\n]+)\\n```")]
    private static partial Regex ShellBlock();

    private static string ReadmeBuildCommand() =>
        ShellBlock().Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))).Groups["command"].Value;

    private static YamlMappingNode Load(string relativePath)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode seq => seq.Children.SelectMany(Scalars),
        YamlMappingNode map => map.Children.SelectMany(c => Scalars(c.Key).Concat(Scalars(c.Value))),
        _ => [],
    };

    [Fact]
    public void ReadmeBuildCommand_IsTheSiteBuild()
    {
        Assert.Equal("dotnet run --project SiteGen.csproj -- build", ReadmeBuildCommand());
    }

    [Fact]
    public void GitHubWorkflow_BuildsWithReadmeCommandPublishesOutputDailyWithFullHistory()
    {
        var workflow = Load(".github/workflows/publish.yml");

        var on = (YamlMappingNode)workflow["on"];
        Assert.Equal("main", Scalars(on["push"]).Last());
        Assert.Matches(@"^\S+ \S+ \* \* \*$", Scalars(on["schedule"]).Last());
        var steps = (YamlSequenceNode)workflow["jobs"]["build"]["steps"];
        var runs = steps.Children.OfType<YamlMappingNode>().Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()).ToList();
        Assert.Contains(ReadmeBuildCommand(), runs);
        var checkout = steps.Children.OfType<YamlMappingNode>().Single(s => s.Children.ContainsKey("uses") && s["uses"].ToString().StartsWith("actions/checkout", StringComparison.Ordinal));
        Assert.Equal("0", checkout["with"]["fetch-depth"].ToString());
        var upload = steps.Children.OfType<YamlMappingNode>().Single(s => s.Children.ContainsKey("uses") && s["uses"].ToString().StartsWith("actions/upload-pages-artifact", StringComparison.Ordinal));
        Assert.Equal("output", upload["with"]["path"].ToString());
    }

    [Fact]
    public void BothWorkflows_InstallThePinnedWebEditorBeforeTheBuild()
    {
        var install = $"npm install --no-audit --no-fund --prefix tests/.tools {SiteGen.Cms.CmsBundle.Package}@{SiteGen.Cms.CmsBundle.Version}";
        var steps = (YamlSequenceNode)Load(".github/workflows/publish.yml")["jobs"]["build"]["steps"];
        var runs = steps.Children.OfType<YamlMappingNode>().Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()).ToList();
        Assert.True(runs.IndexOf(install) is >= 0 and var i && i < runs.IndexOf(ReadmeBuildCommand()), string.Join("\n", runs));
        var pages = (YamlMappingNode)Load(".gitlab-ci.yml")["pages"];
        Assert.Contains(install, Scalars(pages["before_script"]));
        Assert.Equal(SiteGen.Cms.CmsBundle.DefaultDir, "tests/.tools/node_modules/" + SiteGen.Cms.CmsBundle.Package + "/dist");
    }

    [Fact]
    public void GitLabPipeline_BuildsWithReadmeCommandAndPublishesOutputAsPublic()
    {
        var pages = (YamlMappingNode)Load(".gitlab-ci.yml")["pages"];

        var script = Scalars(pages["script"]).ToList();
        Assert.Equal(ReadmeBuildCommand(), script[0]);
        Assert.Contains("mv output public", script);
        Assert.Equal(["public"], Scalars(pages["artifacts"]["paths"]));
        Assert.Equal("0", pages["variables"]["GIT_DEPTH"].ToString());
        var rules = string.Join('\n', Scalars(pages["rules"]));
        Assert.Contains("$CI_PIPELINE_SOURCE == \"schedule\"", rules);
        Assert.Contains("$CI_COMMIT_BRANCH == \"main\"", rules);
    }

    [Fact]
    public void BaseUrlFromEnvironment_IsUsedByTheBuildCommand()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\n---\nTekst.\n"));
        var stdout = new StringWriter();
        Environment.SetEnvironmentVariable("SITEGEN_BASE_URL", "https://org.example/prosjekt/");
        try
        {
            var exit = SiteGen.Cli.CommandLine.Run(["build", "--input", site.InputDir, "--theme", RepoPaths.Theme, "--output", site.OutputDir, "--now", "2022-11-20"], stdout, new StringWriter());

            Assert.Equal(0, exit);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SITEGEN_BASE_URL", null);
        }
        var html = File.ReadAllText(Path.Combine(site.OutputDir, "om", "index.html"));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("https://org.example/prosjekt/om/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
