using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Server;

namespace SiteGen.Tests.Cli;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("serve")]
    [InlineData("serve", "--port", "0")]
    [InlineData("serve", "-p", "5000", "--drafts", "--input", "x", "--theme", "t", "--base-url", "https://a.example/sti/", "--now", "2022-12-01")]
    public void CommandLine_Serve_AcceptsItsOptions(params string[] args)
    {
        Assert.Empty(CommandLine.Create().Parse(args).Errors);
    }

    [Theory]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--port", "-1")]
    [InlineData("serve", "--port", "mange")]
    public void CommandLine_Serve_RefusesABadPort(params string[] args)
    {
        Assert.NotEmpty(CommandLine.Create().Parse(args).Errors);
    }

    [Fact]
    public void Run_MissingInputFolder_ExitsOneWithoutServing()
    {
        var stderr = new StringWriter();
        var options = new PreviewOptions(new BuildOptions("finnes-ikke-" + Guid.NewGuid(), "theme", DateTimeOffset.UnixEpoch), 0);

        Assert.Equal(ExitCodes.ContentErrors, ServeCommand.Run(options, TextWriter.Null, stderr));
        Assert.Contains("finnes ikke", stderr.ToString());

        stderr = new StringWriter();
        Assert.Equal(ExitCodes.ContentErrors, ServeCommand.Run(options with { Messages = MessageLanguage.En }, TextWriter.Null, stderr));
        Assert.Contains("does not exist", stderr.ToString());
    }
}
