using SiteGen.Server;

namespace SiteGen.Tests.Server;

public sealed class RequestResolverTests
{
    private static readonly HashSet<string> Files = ["index.html", "aktuelt/index.html", "aktuelt/sak/index.html", "files/særlig rapport.pdf", "css/site.css", "404.html"];

    private static RequestResolution Resolve(string target, string basePath = "/") => RequestResolver.Resolve(target, basePath, Files.Contains);

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/aktuelt/", "aktuelt/index.html")]
    [InlineData("/aktuelt/sak/?utm=x", "aktuelt/sak/index.html")]
    [InlineData("/css/site.css", "css/site.css")]
    [InlineData("/files/s%C3%A6rlig%20rapport.pdf", "files/særlig rapport.pdf")]
    public void Resolve_SitePath_IsTheFile(string target, string file)
    {
        Assert.Equal(new RequestResolution(RequestOutcome.File, FilePath: file), Resolve(target));
    }

    [Theory]
    [InlineData("/aktuelt", "/aktuelt/")]
    [InlineData("/aktuelt/sak?x=1", "/aktuelt/sak/?x=1")]
    public void Resolve_FolderWithoutSlash_Redirects(string target, string location)
    {
        Assert.Equal(new RequestResolution(RequestOutcome.Redirect, Location: location), Resolve(target));
    }

    [Theory]
    [InlineData("/prosjekt/", "index.html")]
    [InlineData("/prosjekt/aktuelt/sak/", "aktuelt/sak/index.html")]
    public void Resolve_UnderBasePath_IsTheFile(string target, string file)
    {
        Assert.Equal(file, Resolve(target, "/prosjekt/").FilePath);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/prosjekt")]
    public void Resolve_AboveBasePath_RedirectsToIt(string target)
    {
        Assert.Equal(new RequestResolution(RequestOutcome.Redirect, Location: "/prosjekt/"), Resolve(target, "/prosjekt/"));
    }

    [Theory]
    [InlineData("/finnes-ikke/", "/")]
    [InlineData("/aktuelt/sak/bilde.png", "/")]
    [InlineData("/aktuelt/", "/prosjekt/")]
    [InlineData("/prosjektet/", "/prosjekt/")]
    [InlineData("/etc/passwd", "/")]
    [InlineData("/%E0%A4%A", "/")]
    [InlineData("/%252e%252e/etc/passwd", "/")]
    public void Resolve_NoSuchFile_IsNotFound(string target, string basePath)
    {
        Assert.Equal(RequestOutcome.NotFound, Resolve(target, basePath).Outcome);
    }

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/aktuelt/../../etc/passwd")]
    [InlineData("/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2e/")]
    [InlineData("/aktuelt/%2e/sak/")]
    [InlineData("/..%2Fetc%2Fpasswd")]
    [InlineData("/a%5c..%5c..%5cb")]
    [InlineData("/css\\..\\..\\x")]
    [InlineData("//etc/passwd")]
    [InlineData("/aktuelt//sak/")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/x%00.html")]
    [InlineData("etc/passwd")]
    [InlineData("http://127.0.0.1/etc/passwd")]
    [InlineData("*")]
    public void Resolve_PathLeavingTheSite_IsBadRequest(string target)
    {
        Assert.Equal(RequestOutcome.BadRequest, Resolve(target).Outcome);
    }
}
