using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// A theme may call any of Scriban's built-in functions, not only those SiteGen's own templates use. The native build once
/// lost some of them to trimming ("Cannot get member with name slice"): with tests/native.sh this build runs there too.
/// </summary>
public sealed class ThemeFunctionTests
{
    [Theory]
    [InlineData("\"abc\" | string.upcase", "ABC")]
    [InlineData("\"Hello World\" | string.slice 1 3", "ell")]
    [InlineData("\"x\" | string.pad_left 4", "   x")]
    [InlineData("\"abcdef\" | string.truncate 4", "a...")]
    [InlineData("\"a,b\" | string.split \",\" | array.last", "b")]
    [InlineData("\"ÆØÅ\" | string.downcase", "æøå")]
    [InlineData("\"x y\" | string.handleize", "x-y")]
    [InlineData("[3, 1, 2] | array.sort | array.join \",\"", "1,2,3")]
    [InlineData("[1, 2, 2] | array.uniq | array.size", "2")]
    [InlineData("2.567 | math.round 1", "2.6")]
    [InlineData("10 | math.format \"000\"", "010")]
    [InlineData("\"<b>t</b>\" | html.strip", "t")]
    [InlineData("\"a1b2\" | regex.replace \"[0-9]\" \"-\"", "a-b-")]
    [InlineData("object.typeof 1", "number")]
    public void Build_ThemeCallingABuiltInFunction_ShowsItsValue(string call, string expected)
    {
        using var site = new TestSite();
        var theme = site.CopyTheme();
        var footer = Path.Combine(theme, "templates", "partials", "footer.sbn");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", $"<p id=\"prøve\">{{{{ {call} }}}}</p></footer>", StringComparison.Ordinal));

        var outcome = HostileBuild.Run(site, theme: theme);

        Assert.True(outcome.Exit == ExitCodes.Success, outcome.Stderr);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.OutputDir, "index.html")));
        Assert.Equal(expected, page.GetElementById("prøve")?.TextContent);
    }
}
