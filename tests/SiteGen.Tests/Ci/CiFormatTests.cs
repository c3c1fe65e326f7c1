using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Cli.Ci;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ci;

/// <summary>
/// 'check --format github|gitlab' on every broken fixture (tests/fixtures/errors): the annotations,
/// the job summary and the Code Quality report are pinned as golden files (SITEGEN_UPDATE_GOLDEN=1
/// rewrites them), and each is read back the way GitHub's runner and GitLab read them.
/// </summary>
public sealed class CiFormatTests
{
    private static readonly Dictionary<string, string> GitHubRun = new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_SERVER_URL"] = "https://github.com",
        ["GITHUB_REPOSITORY"] = "tffk/grenselose-muligheter",
        ["GITHUB_SHA"] = "0123456789abcdef0123456789abcdef01234567",
    };

    public static TheoryData<string> Cases() =>
        [.. Directory.GetDirectories(RepoPaths.Fixture("errors")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    private static BuildOptions Options(string root) =>
        new(Path.Combine(root, "input"), RepoPaths.Theme, TestSite.DefaultNow, DisplayRoot: root, UseGitHistory: false);

    private static IReadOnlyList<Diagnostic> Diagnostics(string root) => SiteBuilder.Build(Options(root)).Diagnostics;

    [Theory]
    [MemberData(nameof(Cases))]
    public void GitHub_ErrorFixture_OneAnnotationPerMessageAtItsFileLineAndColumn(string name)
    {
        var root = RepoPaths.Fixture("errors", name);
        var summary = Path.GetTempFileName();
        try
        {
            var stdout = new StringWriter();
            var environment = CiEnvironment.Of(new Dictionary<string, string>(GitHubRun) { ["GITHUB_STEP_SUMMARY"] = summary });

            var code = CheckCommand.Run(Options(root), stdout, new StringWriter(), MessageLanguage.Nb,
                new CiSettings(ReportFormat.GitHub, GitLabCodeQuality.DefaultPath, environment));

            Assert.Equal(ExitCodes.ContentErrors, code);
            var lines = stdout.ToString().Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
            GoldenTree.AssertLines(Path.Combine(root, "expected-github.txt"), lines);
            var expected = Diagnostics(root);
            var errorsFirst = expected.Where(d => d.IsError).Concat(expected.Where(d => !d.IsError)).ToList();
            Assert.Equal(errorsFirst.Count, lines.Count);
            foreach (var (line, diagnostic) in lines.Zip(errorsFirst))
            {
                var command = WorkflowCommand.Parse(line)!;
                Assert.Equal(diagnostic.IsError ? "error" : "warning", command.Name);
                Assert.Equal(diagnostic.Location!.Path, command.Properties["file"]);
                Assert.True(File.Exists(Path.Combine(root, command.Properties["file"])), command.Properties["file"]);
                Assert.Equal(diagnostic.Location.Line.ToString(), command.Properties["line"]);
                Assert.Equal(diagnostic.Location.Column.ToString(), command.Properties["col"]);
                Assert.Equal(diagnostic.Code, command.Properties["title"]);
                Assert.Equal($"{diagnostic.Location}: {diagnostic.Code}: {diagnostic.MessageNb}", command.Data);
            }
            GoldenTree.AssertLines(Path.Combine(root, "expected-github-summary.md"), File.ReadAllText(summary).TrimEnd('\n').Split('\n'));
        }
        finally
        {
            File.Delete(summary);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GitLab_ErrorFixture_CodeQualityReportHasEveryMessageWithTheDocumentedFields(string name)
    {
        var root = RepoPaths.Fixture("errors", name);
        var report = Path.Combine(Path.GetTempPath(), $"sitegen-cq-{Guid.NewGuid():N}", "gl-code-quality-report.json");
        try
        {
            var stdout = new StringWriter();

            var code = CheckCommand.Run(Options(root), stdout, new StringWriter(), MessageLanguage.Nb,
                new CiSettings(ReportFormat.GitLab, report, CiEnvironment.Of(new Dictionary<string, string>())));

            Assert.Equal(ExitCodes.ContentErrors, code);
            Assert.Contains($"Kodekvalitetsrapport for GitLab: {report}", stdout.ToString());
            // The log keeps the plain lines an editor can read.
            Assert.Contains("): error SG", stdout.ToString());
            var json = File.ReadAllText(report);
            GoldenTree.AssertLines(Path.Combine(root, "expected-gitlab.json"), json.TrimEnd('\n').Split('\n'));
            var expected = Diagnostics(root);
            // The report lists the errors, then the warnings, as check prints them.
            var errorsFirst = expected.Where(d => d.IsError).Concat(expected.Where(d => !d.IsError)).ToList();
            var issues = JsonDocument.Parse(json).RootElement;
            Assert.Equal(JsonValueKind.Array, issues.ValueKind);
            Assert.Equal(expected.Count, issues.GetArrayLength());
            foreach (var (issue, diagnostic) in issues.EnumerateArray().Zip(errorsFirst))
                AssertCodeQualityIssue(issue, diagnostic, root);
            var fingerprints = issues.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()).ToList();
            Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(report)!, recursive: true);
        }
    }

    // GitLab's Code Quality report format: these fields, with these types, are what the widget reads.
    private static void AssertCodeQualityIssue(JsonElement issue, Diagnostic diagnostic, string root)
    {
        Assert.Equal(diagnostic.MessageNb, issue.GetProperty("description").GetString());
        Assert.Equal(diagnostic.Code, issue.GetProperty("check_name").GetString());
        Assert.Matches("^[0-9a-f]{64}$", issue.GetProperty("fingerprint").GetString());
        Assert.Contains(issue.GetProperty("severity").GetString(), new[] { "info", "minor", "major", "critical", "blocker" });
        Assert.Equal(diagnostic.IsError ? "blocker" : "minor", issue.GetProperty("severity").GetString());
        var location = issue.GetProperty("location");
        var path = location.GetProperty("path").GetString()!;
        Assert.Equal(diagnostic.Location!.Path, path);
        Assert.False(Path.IsPathRooted(path));
        Assert.True(File.Exists(Path.Combine(root, path)), path);
        Assert.Equal(JsonValueKind.Number, location.GetProperty("lines").GetProperty("begin").ValueKind);
        Assert.Equal(diagnostic.Location.Line, location.GetProperty("lines").GetProperty("begin").GetInt32());
    }

    [Fact]
    public void GitHub_Escaping_PercentCrLfInDataAndAlsoColonCommaInProperties()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "SG1002", new LocalizedText("en", "50 % ferdig\r\nneste: a, b"),
            new SourceLocation("input/news/a:b,50%.md", 3, 7));

        var line = GitHubAnnotations.Command(diagnostic, MessageLanguage.Nb);

        Assert.Equal("::warning file=input/news/a%3Ab%2C50%25.md,line=3,col=7,title=SG1002::input/news/a:b,50%25.md(3,7): SG1002: 50 %25 ferdig%0D%0Aneste: a, b", line);
        Assert.DoesNotContain('\n', line);
        var read = WorkflowCommand.Parse(line)!;
        Assert.Equal("input/news/a:b,50%.md", read.Properties["file"]);
        Assert.Equal("input/news/a:b,50%.md(3,7): SG1002: 50 % ferdig\r\nneste: a, b", read.Data);
    }

    [Fact]
    public void GitHub_EscapeOrder_AnEscapeInTheTextIsNotTakenForOne()
    {
        Assert.Equal("%250A %253A", GitHubAnnotations.EscapeProperty("%0A %3A"));
        Assert.Equal("%250A", GitHubAnnotations.EscapeData("%0A"));
    }

    [Fact]
    public void GitHub_MessageWithoutFile_HasOnlyItsTitle()
    {
        var line = GitHubAnnotations.Command(new Diagnostic(Severity.Error, "SG4002", new LocalizedText("cannot write", "kan ikke skrive"), null), MessageLanguage.Nb);

        Assert.Equal("::error title=SG4002::sitegen: SG4002: kan ikke skrive", line);
    }

    [Fact]
    public void RepositoryPath_SiteInASubfolderOfTheCheckout_GetsTheSubfolderInFront()
    {
        var checkout = Path.Combine(Path.GetTempPath(), "repo");
        var environment = CiEnvironment.Of(new Dictionary<string, string> { ["GITHUB_WORKSPACE"] = checkout });

        Assert.Equal("nettsted/input/news/a.md", environment.RepositoryPath("input/news/a.md", Path.Combine(checkout, "nettsted")));
        Assert.Equal("input/news/a.md", environment.RepositoryPath("input/news/a.md", checkout));
        Assert.Equal("input/news/a.md", CiEnvironment.Of(new Dictionary<string, string>()).RepositoryPath("input/news/a.md", "/elsewhere"));
    }

    [Fact]
    public void GitLab_Fingerprint_StaysWhenTheLineMovesOrTheLanguageChanges_AndDiffersForAnotherProblem()
    {
        Diagnostic At(int line, string value) => new(Severity.Error, "SG1002", new LocalizedText($"'{value}' is not a date", $"«{value}» er ikke en dato"), new SourceLocation("input/news/a.md", line, 7));
        string Fingerprint(Diagnostic d, MessageLanguage language) =>
            JsonDocument.Parse(GitLabCodeQuality.Json([d], language, p => p, "input")).RootElement[0].GetProperty("fingerprint").GetString()!;

        var before = Fingerprint(At(3, "30.12.2022"), MessageLanguage.Nb);

        Assert.Equal(before, Fingerprint(At(3, "30.12.2022"), MessageLanguage.Nb));
        Assert.Equal(before, Fingerprint(At(9, "30.12.2022"), MessageLanguage.Nb));
        Assert.Equal(before, Fingerprint(At(3, "30.12.2022"), MessageLanguage.En));
        Assert.NotEqual(before, Fingerprint(At(3, "31.12.2022"), MessageLanguage.Nb));
    }

    [Fact]
    public void GitLab_CleanSite_WritesAnEmptyReport()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\n---\nTekst.\n"));
        var report = Path.Combine(site.Root, "rapport", "cq.json");

        var code = CheckCommand.Run(site.Options(), new StringWriter(), new StringWriter(), MessageLanguage.Nb,
            new CiSettings(ReportFormat.GitLab, report, CiEnvironment.Of(new Dictionary<string, string>())));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(File.ReadAllText(report)).RootElement.ValueKind);
        Assert.Equal(0, JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetArrayLength());
    }

    [Fact]
    public void StepSummary_Cell_KeepsTheTableWhole()
    {
        Assert.Equal(@"a \| b<br>c &lt;script&gt; \*x\* \[lenke\]", GitHubStepSummary.Cell("a | b\r\nc <script> *x* [lenke]"));
    }

    [Theory]
    [InlineData(null, "true", ReportFormat.GitHub)]
    [InlineData(null, null, ReportFormat.Text)]
    [InlineData("text", "true", ReportFormat.Text)]
    [InlineData("gitlab", null, ReportFormat.GitLab)]
    [InlineData("github", null, ReportFormat.GitHub)]
    public void Format_DefaultsToGitHubInGitHubActions(string? format, string? githubActions, ReportFormat expected)
    {
        var command = CommandLine.Create().Subcommands.Single(c => c.Name == "check");
        var ci = new CiOptions(new System.CommandLine.Option<string>("--messages"));
        var probe = new System.CommandLine.Command("probe");
        ci.AddTo(probe);
        var parse = probe.Parse(format is null ? [] : ["--format", format]);
        var environment = CiEnvironment.Of(githubActions is null ? new Dictionary<string, string>() : new() { ["GITHUB_ACTIONS"] = githubActions });

        Assert.Empty(parse.Errors);
        Assert.Equal(expected, ci.Read(parse, environment).Format);
        Assert.Contains(command.Options, o => o.Name == "--format");
    }

    [Fact]
    public void Build_FormatGitHub_AnnotationsOnStdoutAndOutputUntouched()
    {
        var root = RepoPaths.Fixture("errors", "bad-dates");
        using var site = new TestSite();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CommandLine.Run(["build", "--format", "github", "--input", Path.Combine(root, "input"), "--theme", RepoPaths.Theme,
            "--output", site.OutputDir, "--now", "2022-11-20"], stdout, stderr);

        Assert.Equal(ExitCodes.ContentErrors, code);
        var commands = stdout.ToString().Split('\n').Select(WorkflowCommand.Parse).OfType<WorkflowCommand>().ToList();
        Assert.Equal(Diagnostics(root).Count, commands.Count);
        Assert.All(commands, c => Assert.Equal("error", c.Name));
        Assert.Contains("Byggingen stoppet", stderr.ToString());
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Check_WrongFormat_IsAUsageErrorInNorwegian()
    {
        var stderr = new StringWriter();

        var code = CommandLine.Run(["check", "--format", "jenkins"], new StringWriter(), stderr);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--format: «jenkins» er ikke et format – skriv text, github eller gitlab", stderr.ToString());
    }

    [Fact]
    public void Warnings_AreGitHubWarningsAndMinorInGitLab_AndTheCheckStillPasses()
    {
        using var site = new TestSite(("input/news/framtidig-sak.md", "---\ntitle: Framtidig sak\ndate: 2023-01-10\n---\nTekst.\n"));
        var stdout = new StringWriter();
        var report = Path.Combine(site.Root, "cq.json");

        var github = CheckCommand.Run(site.Options(), stdout, new StringWriter(), MessageLanguage.Nb,
            new CiSettings(ReportFormat.GitHub, report, CiEnvironment.Of(new Dictionary<string, string>())));
        var gitlab = CheckCommand.Run(site.Options(), new StringWriter(), new StringWriter(), MessageLanguage.Nb,
            new CiSettings(ReportFormat.GitLab, report, CiEnvironment.Of(new Dictionary<string, string>())));

        Assert.Equal(ExitCodes.Success, github);
        Assert.Equal(ExitCodes.Success, gitlab);
        var command = stdout.ToString().Split('\n').Select(WorkflowCommand.Parse).OfType<WorkflowCommand>().Single();
        Assert.Equal("warning", command.Name);
        Assert.Equal("input/news/framtidig-sak.md", command.Properties["file"]);
        var warning = site.Build().Warnings.Single();
        Assert.Equal(warning.Location!.Line.ToString(), command.Properties["line"]);
        Assert.Equal(warning.Location.Column.ToString(), command.Properties["col"]);
        Assert.Equal("SG1012", command.Properties["title"]);
        var issue = JsonDocument.Parse(File.ReadAllText(report)).RootElement.EnumerateArray().Single();
        Assert.Equal("minor", issue.GetProperty("severity").GetString());
        Assert.Equal("SG1012", issue.GetProperty("check_name").GetString());
    }

    [Fact]
    public void StepSummary_CleanCheck_SaysSoWithoutATable_AndAppendsToWhatIsThere()
    {
        using var site = new TestSite(("input/pages/om.md", "---\ntitle: Om\n---\nTekst.\n"));
        var summary = Path.Combine(site.Root, "summary.md");
        File.WriteAllText(summary, "Fra et tidligere steg.\n");
        var environment = CiEnvironment.Of(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary });

        var code = CheckCommand.Run(site.Options(), new StringWriter(), new StringWriter(), MessageLanguage.Nb,
            new CiSettings(ReportFormat.GitHub, GitLabCodeQuality.DefaultPath, environment));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("Fra et tidligere steg.\n## SiteGen: sjekk av nettstedet\n\nIngen feil eller advarsler: nettstedet er klart til å publiseres.\n\n", File.ReadAllText(summary));
    }
}
