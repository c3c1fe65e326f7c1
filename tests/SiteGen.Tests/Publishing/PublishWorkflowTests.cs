using System.Text.RegularExpressions;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// The workflows are checked the only way possible here (no GitHub or GitLab runner): they parse as
/// YAML (YamlDotNet) and have the triggers, jobs and order they must have: every change checked with
/// annotations or a Code Quality report and a preview, publishing only main and only after the check,
/// hourly, with full git history and the README's build command.
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

    private static List<YamlMappingNode> Steps(YamlMappingNode workflow, string job) =>
        [.. ((YamlSequenceNode)workflow["jobs"][job]["steps"]).Children.OfType<YamlMappingNode>()];

    private static List<string> Runs(IEnumerable<YamlMappingNode> steps) =>
        [.. steps.Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString())];

    private static YamlMappingNode Uses(IEnumerable<YamlMappingNode> steps, string action) =>
        steps.Single(s => s.Children.ContainsKey("uses") && s["uses"].ToString().StartsWith(action + "@", StringComparison.Ordinal));

    private static string Command(string verb) => ReadmeBuildCommand()[..^"build".Length] + verb;

    private static IEnumerable<string> Needs(YamlMappingNode job) =>
        job.Children.TryGetValue("needs", out var needs) ? Scalars(needs) : [];

    [Fact]
    public void GitHubPublish_ChecksThenBuildsWithReadmeCommandThenDeploys_OnMainHourlyAndOnDemand()
    {
        var workflow = Load(".github/workflows/publish.yml");

        var on = (YamlMappingNode)workflow["on"];
        Assert.Equal(["main"], Scalars(on["push"]["branches"]));
        Assert.True(on.Children.ContainsKey("workflow_dispatch"));
        // Hourly: what the editors' guide promises for publishDate.
        Assert.Matches(@"^[1-9][0-9]? \* \* \* \*$", ((YamlSequenceNode)on["schedule"]).Children.Single()["cron"].ToString());
        Assert.Contains(Command("check"), Runs(Steps(workflow, "check")));
        Assert.Equal(["check"], Needs((YamlMappingNode)workflow["jobs"]["build"]));
        Assert.Equal(["build"], Needs((YamlMappingNode)workflow["jobs"]["deploy"]));
        Assert.Contains(Runs(Steps(workflow, "build")), r => r.StartsWith(ReadmeBuildCommand(), StringComparison.Ordinal) && !r.Contains("--output", StringComparison.Ordinal));
        foreach (var job in new[] { "check", "build" })
            Assert.Equal("0", Uses(Steps(workflow, job), "actions/checkout")["with"]["fetch-depth"].ToString());
        Assert.Equal("output", Uses(Steps(workflow, "build"), "actions/upload-pages-artifact")["with"]["path"].ToString());
        Assert.Equal("actions/deploy-pages@v4", Uses(Steps(workflow, "deploy"), "actions/deploy-pages")["uses"].ToString());
    }

    [Fact]
    public void GitHubCheck_RunsOnPullRequestsAndBranches_AnnotatesAndUploadsThePreview_PublishesNothing()
    {
        var workflow = Load(".github/workflows/check.yml");

        var on = (YamlMappingNode)workflow["on"];
        Assert.True(on.Children.ContainsKey("pull_request"));
        Assert.Equal(["main"], Scalars(on["push"]["branches-ignore"]));
        Assert.Equal(["contents", "read"], Scalars(workflow["permissions"]));
        var jobs = (YamlMappingNode)workflow["jobs"];
        Assert.DoesNotContain(jobs.Children.Values.SelectMany(Scalars), v => v.StartsWith("actions/deploy-pages", StringComparison.Ordinal));
        var steps = Steps(workflow, "check");
        var runs = Runs(steps);
        var check = Command("check") + " --format github";
        Assert.Contains(check, runs);
        var build = runs.Single(r => r.StartsWith(ReadmeBuildCommand(), StringComparison.Ordinal));
        var preview = Regex.Match(build, @"--output (\S+)").Groups[1].Value;
        Assert.NotEqual("", preview);
        // The check comes first: a broken change is annotated, and no preview is built from it.
        Assert.True(runs.IndexOf(check) < runs.IndexOf(build));
        var upload = Uses(steps, "actions/upload-artifact");
        Assert.Equal(preview, upload["with"]["path"].ToString().TrimEnd('/'));
        Assert.Equal("0", Uses(steps, "actions/checkout")["with"]["fetch-depth"].ToString());
    }

    [Fact]
    public void GitLabPipeline_ChecksEveryMergeRequestWithCodeQualityAndPreview_PagesOnlyOnMainAfterCheck()
    {
        var pipeline = Load(".gitlab-ci.yml");

        Assert.Contains("$CI_PIPELINE_SOURCE == \"merge_request_event\"", Scalars(pipeline["workflow"]["rules"]));
        Assert.Equal("0", pipeline["variables"]["GIT_DEPTH"].ToString());
        var check = (YamlMappingNode)pipeline["check"];
        Assert.False(check.Children.ContainsKey("rules"), "check runs in every pipeline, main included, so the merge request can compare reports");
        var script = Scalars(check["script"]).ToList();
        var report = Regex.Match(script[0], "^" + Regex.Escape(Command("check")) + @" --format gitlab --report (\S+)$").Groups[1].Value;
        Assert.NotEqual("", report);
        var artifacts = (YamlMappingNode)check["artifacts"];
        Assert.Equal(report, artifacts["reports"]["codequality"].ToString());
        Assert.Equal("always", artifacts["when"].ToString());
        var preview = Regex.Match(script[1], "^" + Regex.Escape(ReadmeBuildCommand()) + @" --output (\S+)$").Groups[1].Value;
        Assert.NotEqual("", preview);
        // GitLab's own rules for expose_as: letters, digits, '-', '_' and spaces (ASCII), at most 100;
        // paths without '*', and a folder written with a trailing '/' (else the link is missing).
        Assert.Matches("^[A-Za-z0-9_][-A-Za-z0-9_ ]*$", artifacts["expose_as"].ToString());
        Assert.True(artifacts["expose_as"].ToString().Length <= 100);
        Assert.Equal([preview + "/"], Scalars(artifacts["paths"]));

        var pages = (YamlMappingNode)pipeline["pages"];
        var stages = Scalars(pipeline["stages"]).ToList();
        Assert.True(stages.IndexOf(check["stage"].ToString()) < stages.IndexOf(pages["stage"].ToString()));
        Assert.Equal(["check"], Needs(pages));
        var pagesScript = Scalars(pages["script"]).ToList();
        Assert.Equal(ReadmeBuildCommand(), pagesScript[0]);
        Assert.Contains("mv output public", pagesScript);
        Assert.Equal(["public"], Scalars(pages["artifacts"]["paths"]));
        Assert.Equal(["$CI_COMMIT_BRANCH == \"main\""], ((YamlSequenceNode)pages["rules"]).Children.Select(r => r["if"].ToString()));
    }

    [Fact]
    public void EditorsGuide_SaysWhenScheduledItemsAppear_AtTheMinuteTheScheduleRuns()
    {
        var cron = ((YamlSequenceNode)Load(".github/workflows/publish.yml")["on"]["schedule"]).Children.Single()["cron"].ToString();
        var minute = cron.Split(' ')[0];
        // Lines are wrapped in the README; compare the words.
        var readme = Regex.Replace(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), @"\s+", " ");

        Assert.Contains($"{minute} minutter over hver hele time", readme);
        Assert.Contains($"\"{cron}\"", File.ReadAllText(Path.Combine(RepoPaths.Root, ".gitlab-ci.yml")));
        Assert.Contains($"`{cron}`", readme);
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
