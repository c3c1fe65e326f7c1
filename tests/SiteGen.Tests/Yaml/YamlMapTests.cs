using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Tests.Yaml;

public sealed class YamlMapTests
{
    private const string Path = "input/news/a.md";

    /// <summary>Front matter whose YAML starts on line 2 of the real file, as after a '---' line.</summary>
    private static (YamlMap? Map, DiagnosticBag Diagnostics) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var source = new YamlSource(Path, firstLine: 2);
        var node = source.Parse(yaml, diagnostics);
        return (node is null ? null : YamlMap.From(source, node, diagnostics, new("the front matter", "feltene øverst i filen")), diagnostics);
    }

    [Fact]
    public void String_PresentKey_ReturnsValue()
    {
        var (map, diagnostics) = Load("title: Hei\nsummary: Kort");

        Assert.Equal("Hei", map!.String("title", required: true));
        Assert.Equal("Kort", map.String("summary"));
        Assert.Null(map.String("missing"));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void String_MissingRequiredKey_ReportsSG1003()
    {
        var (map, diagnostics) = Load("summary: Kort");

        Assert.Null(map!.String("title", required: true));

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(DiagnosticCodes.MissingKey, error.Code);
        Assert.Equal("'title' is required", error.Message);
        Assert.StartsWith("feltet «title» må fylles ut", error.MessageNb);
        Assert.Equal(Path, error.Location!.Path);
    }

    [Fact]
    public void Parse_DuplicateKey_ReportsErrorAtSecondKeyInRealFile()
    {
        var (_, diagnostics) = Load("title: A\nsummary: B\ntitle: C");

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation(Path, 4, 1), error.Location);
    }

    [Fact]
    public void String_ListWhereTextExpected_ReportsSG1004AtValue()
    {
        var (map, diagnostics) = Load("title:\n  - A\n  - B");

        Assert.Null(map!.String("title", required: true));

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal("'title' must be text, found a list", error.Message);
        Assert.Equal(new SourceLocation(Path, 3, 3), error.Location);
    }

    [Fact]
    public void Strings_SingleScalar_IsAListOfOne()
    {
        var (map, diagnostics) = Load("tags: katalog");

        var tags = map!.Strings("tags");

        Assert.Equal(["katalog"], tags.Select(t => t.Value));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void Strings_Mapping_ReportsSG1004()
    {
        var (map, diagnostics) = Load("tags:\n  a: b");

        Assert.Empty(map!.Strings("tags"));

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.StartsWith("'tags' must be a list", error.Message);
    }

    [Fact]
    public void Strings_NestedListItem_ReportsSG1004AtTheItem()
    {
        var (map, diagnostics) = Load("tags:\n  - a\n  - [b, c]");

        Assert.Equal(["a"], map!.Strings("tags").Select(t => t.Value));

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 4, 5), error.Location);
    }

    [Theory]
    [InlineData("draft: ja", true)]
    [InlineData("draft: false", false)]
    public void Bool_KnownWords_AreRead(string yaml, bool expected)
    {
        var (map, _) = Load(yaml);

        Assert.Equal(expected, map!.Bool("draft"));
    }

    [Fact]
    public void Bool_OtherWord_ReportsSG1004()
    {
        var (map, diagnostics) = Load("draft: kanskje");

        Assert.Null(map!.Bool("draft"));

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 2, 8), error.Location);
    }

    [Fact]
    public void Int_NotANumber_ReportsSG1004()
    {
        var (map, diagnostics) = Load("menu: tre");

        Assert.Null(map!.Int("menu"));
        Assert.Equal(DiagnosticCodes.WrongType, Assert.Single(diagnostics.ToImmutable()).Code);
    }

    [Fact]
    public void From_ScalarDocument_ReportsItMustBeKeyValueLines()
    {
        var (map, diagnostics) = Load("just a sentence");

        Assert.Null(map);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.StartsWith("the front matter must be a set of 'key: value' lines", error.Message);
    }

    [Fact]
    public void ToPlain_Values_KeepYamlTypes()
    {
        var (map, _) = Load("farge: blå\nantall: 3\nviktig: true\nliste: [a, b]\ntekst: '3'");

        var plain = map!.ToPlain();

        Assert.Equal("blå", plain["farge"]);
        Assert.Equal(3L, plain["antall"]);
        Assert.Equal(true, plain["viktig"]);
        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IEnumerable<object?>>(plain["liste"]));
        Assert.Equal("3", plain["tekst"]);
    }
}
