using System.Text.RegularExpressions;
using SiteGen.Cms;
using SiteGen.Diagnostics;
using SiteGen.Documents;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;
using SiteGen.Content;

namespace SiteGen.Tests.Cms;

/// <summary>admin/config.yml as Decap reads it: made from SiteGen's schema and site.yml, so the form cannot drift from what the build reads.</summary>
public sealed partial class CmsConfigTests
{
    private static YamlMappingNode Config(TestSite site)
    {
        var result = site.Build();
        result.AssertSucceeded();
        var stream = new YamlStream();
        stream.Load(new StringReader(result.Text("admin/config.yml")));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Collection(YamlMappingNode config, string name) =>
        ((YamlSequenceNode)config["collections"]).Children.Cast<YamlMappingNode>().Single(c => c["name"].ToString() == name);

    private static IEnumerable<YamlMappingNode> Fields(YamlMappingNode owner) => ((YamlSequenceNode)owner["fields"]).Children.Cast<YamlMappingNode>();

    private static IEnumerable<string> Names(YamlMappingNode owner) => Fields(owner).Select(f => f["name"].ToString());

    private static string? Get(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v.ToString() : null;

    private static YamlMappingNode DeadlineList(YamlMappingNode config)
    {
        var file = ((YamlSequenceNode)Collection(config, "deadlines")["files"]).Children.Cast<YamlMappingNode>().Single();
        return Fields(file).Single();
    }

    [Fact]
    public void Config_HasTheNorwegianUi_TheLocalBackend_AndACollectionPerKindOfContent()
    {
        using var site = new TestSite();
        var config = Config(site);

        Assert.Equal("nb_no", config["locale"].ToString());
        Assert.Equal("http://127.0.0.1:8081/api/v1", config["local_backend"]["url"].ToString());
        Assert.Equal("proxy", config["backend"]["name"].ToString());
        Assert.Equal(["news", "pages", "deadlines", "files"], ((YamlSequenceNode)config["collections"]).Children.Select(c => c["name"].ToString()));
        Assert.Equal("input/news", Collection(config, "news")["folder"].ToString());
        Assert.Equal("input/pages", Collection(config, "pages")["folder"].ToString());
        Assert.Equal("input/files", Collection(config, "files")["folder"].ToString());
        Assert.Equal("pdf.yml", Collection(config, "files")["extension"].ToString());
        Assert.Equal("input/files", config["media_folder"].ToString());
        var file = ((YamlSequenceNode)Collection(config, "deadlines")["files"]).Children.Cast<YamlMappingNode>().Single();
        Assert.Equal("input/data/deadlines.yml", file["file"].ToString());
        Assert.Equal(DeadlineParser.FileKey, DeadlineList(config)["name"].ToString());
    }

    [Fact]
    public void DeadlineForm_HasOneFieldForEveryKeyTheDeadlineParserReads()
    {
        using var site = new TestSite();
        Assert.Equal(DeadlineParser.KnownKeys, Names(DeadlineList(Config(site))));
    }

    [Fact]
    public void SidecarForm_HasOneFieldForEveryKeyOfAFileDescription()
    {
        using var site = new TestSite();
        Assert.Equal(DocumentSidecar.KnownKeys, Names(Collection(Config(site), "files")));
    }

    [Fact]
    public void Audiences_AreTheChoicesOfSiteYml_AndNewsNameDeadlinesByTheirIds()
    {
        using var site = new TestSite();
        site.Write("input/site.yml", TestSite.MinimalConfig.Replace("  skolebibliotek: Skolebibliotek", "  skolebibliotek: Skolebibliotek\n  kommuner: Kommunene"));
        var config = Config(site);

        var audience = Fields(DeadlineList(config)).Single(f => f["name"].ToString() == "audience");
        Assert.Equal("select", audience["widget"].ToString());
        Assert.Equal("true", audience["multiple"].ToString());
        var options = ((YamlSequenceNode)audience["options"]).Children.Cast<YamlMappingNode>().Select(o => (o["value"].ToString(), o["label"].ToString()));
        Assert.Equal([("folkebibliotek", "Folkebibliotek"), ("skolebibliotek", "Skolebibliotek"), ("kommuner", "Kommunene")], options);

        var deadlines = Fields(Collection(config, "news")).Single(f => f["name"].ToString() == "deadlines");
        Assert.Equal("relation", deadlines["widget"].ToString());
        Assert.Equal("deadlines", deadlines["collection"].ToString());
        Assert.Equal("deadlines", deadlines["file"].ToString());
        Assert.Equal("deadlines.*.id", deadlines["value_field"].ToString());
        Assert.Equal("true", deadlines["multiple"].ToString());
    }

    /// <summary>Without a storage format Decap writes UTC ISO strings ("2022-12-01T23:00:00.000Z"), which would move a date a day back.</summary>
    [Fact]
    public void EveryDateWidget_StoresADayOrALocalTime_NeverUtc()
    {
        using var site = new TestSite();
        var config = Config(site);
        var dates = ((YamlSequenceNode)config["collections"]).Children.Cast<YamlMappingNode>()
            .SelectMany(c => c.Children.ContainsKey(new YamlScalarNode("fields")) ? Fields(c) : [])
            .Where(f => Get(f, "widget") == "datetime")
            .ToList();

        Assert.Equal(6, dates.Count); // news: date, publishDate, expiryDate; pages: publishDate, expiryDate; files: date
        foreach (var field in dates)
        {
            Assert.Null(Get(field, "format"));
            Assert.Null(Get(field, "picker_utc"));
            Assert.Equal("YYYY-MM-DD", Get(field, "date_format"));
            Assert.Contains(Get(field, "time_format"), new[] { "false", "HH:mm" });
        }
    }

    [GeneratedRegex(@"^\| `(?<key>[A-Za-z_]+)` \| (?<for>all|news|pages) \|", RegexOptions.Multiline)]
    private static partial Regex FrontMatterRow();

    /// <summary>Every front matter key the README documents has a field in the form of the kinds it is for, or is named here as left out on purpose.</summary>
    [Fact]
    public void NewsAndPageForms_CoverEveryFrontMatterKeyTheReadmeDocuments()
    {
        string[] leftOut = ["template", "toc", "updated"]; // for developers, or set from git history
        var rows = FrontMatterRow().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")))
            .Select(m => (Key: m.Groups["key"].Value, For: m.Groups["for"].Value)).ToList();
        Assert.True(rows.Count >= 12, $"the README's front matter table was not found ({rows.Count} rows)");
        using var site = new TestSite();
        var config = Config(site);
        var news = Names(Collection(config, "news")).ToHashSet();
        var pages = Names(Collection(config, "pages")).ToHashSet();
        foreach (var (key, kind) in rows.Where(r => !leftOut.Contains(r.Key)))
        {
            if (kind is "all" or "news")
                Assert.True(news.Contains(key), $"the news form has no field '{key}'");
            if (kind is "all" or "pages")
                Assert.True(pages.Contains(key), $"the page form has no field '{key}'");
        }
    }

    [Fact]
    public void GitHubBackend_ComesFromSiteYml_WithItsOAuthEndpoint_AndTheApiInTheAdminPolicy()
    {
        using var site = new TestSite();
        site.Write("input/site.yml", TestSite.MinimalConfig + "\ncms:\n  backend: github\n  repo: biblioteket/nettsted\n  base_url: https://oauth.biblioteket.example\n");
        var result = site.Build();
        result.AssertSucceeded();
        var config = Config(site);

        Assert.Equal("github", config["backend"]["name"].ToString());
        Assert.Equal("biblioteket/nettsted", config["backend"]["repo"].ToString());
        Assert.Equal("main", config["backend"]["branch"].ToString());
        Assert.Equal("https://oauth.biblioteket.example", config["backend"]["base_url"].ToString());
        Assert.False(((YamlMappingNode)config["backend"]).Children.ContainsKey(new YamlScalarNode("auth_type")), "GitHub signs in through the OAuth endpoint, not PKCE");
        var policy = result.Html("admin/index.html").QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Contains("connect-src 'self' http://127.0.0.1:8081 http://localhost:8081 https://api.github.com https://oauth.biblioteket.example;", policy);
    }

    [Fact]
    public void GitLabBackend_SignsInWithPkce()
    {
        using var site = new TestSite();
        site.Write("input/site.yml", TestSite.MinimalConfig + "\ncms:\n  backend: gitlab\n  repo: biblioteket/nettsted\n  app_id: abc123\n  branch: publisert\n");
        var backend = Config(site)["backend"];

        Assert.Equal("gitlab", backend["name"].ToString());
        Assert.Equal("pkce", backend["auth_type"].ToString());
        Assert.Equal("abc123", backend["app_id"].ToString());
        Assert.Equal("publisert", backend["branch"].ToString());
    }

    [Fact]
    public void GitLabWithoutAppId_AndAnUnknownBackend_AreErrorsAtTheirLine()
    {
        using var site = new TestSite();
        var lines = TestSite.MinimalConfig.Split('\n').Length;
        site.Write("input/site.yml", TestSite.MinimalConfig + "\ncms:\n  backend: gitlab\n  repo: biblioteket/nettsted\n");
        var error = site.Build().AssertOnlyError(DiagnosticCodes.InvalidConfig, "input/site.yml", lines + 2);
        Assert.Contains("app_id", error.MessageNb);
        Assert.Contains("app_id", error.Message);

        site.Write("input/site.yml", TestSite.MinimalConfig + "\ncms:\n  backend: bitbucket\n");
        site.Build().AssertOnlyError(DiagnosticCodes.InvalidConfig, "input/site.yml", lines + 2, 12);
    }
}
