using System.Net.Sockets;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Server;

namespace SiteGen.Tests.Support;

/// <summary>
/// A preview server for a test site on a free port, with a client that does not follow redirects.
/// Waiting is by polling with a generous deadline, never by fixed sleeps: the machine may be busy.
/// </summary>
public sealed class RunningPreview : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly StringWriter log;

    private RunningPreview(PreviewServer server, StringWriter log)
    {
        Server = server;
        this.log = log;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Address), Timeout = Patience };
    }

    public PreviewServer Server { get; }
    public HttpClient Client { get; }
    /// <summary>What the server printed: one line per build, with its errors.</summary>
    public string Log
    {
        get { lock (log) return log.ToString(); }
    }

    /// <param name="builder">Instead of the real build, e.g. one that throws the way a bug in SiteGen would.</param>
    public static async Task<RunningPreview> Start(TestSite site, string? baseUrl = null, string? theme = null, MessageLanguage messages = MessageLanguage.Nb,
        Func<BuildOptions, SiteGen.BuildResult>? builder = null, Func<DateTimeOffset>? clock = null)
    {
        var log = new StringWriter();
        var options = new PreviewOptions(site.Options(baseUrl: baseUrl, theme: theme) with { UseGitHistory = false }, Port: 0, clock, messages);
        if (builder is not null)
            options = options with { Builder = builder };
        var server = await PreviewServer.StartAsync(options, new LockedWriter(log));
        return new RunningPreview(server, log);
    }

    public Task<HttpResponseMessage> Get(string path) => Client.GetAsync(path);

    public async Task<string> Text(string path) => await (await Get(path)).Content.ReadAsStringAsync();

    public async Task<IDocument> Html(string path) => new HtmlParser().ParseDocument(await Text(path));

    /// <summary>Polls until the condition holds; fails with the server's log when it never does.</summary>
    public async Task WaitFor(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
                return;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"timed out after {Patience.TotalSeconds} s waiting for {what}; server log:\n{Log}");
    }

    public Task WaitForText(string path, string text) =>
        WaitFor(async () => (await Text(path)).Contains(text, StringComparison.Ordinal), $"'{text}' at {path}");

    /// <summary>
    /// Sends a request target exactly as given: HttpClient would tidy "/../" away before sending,
    /// which is precisely what these tests must not let it do.
    /// </summary>
    public async Task<(int Status, string Response)> Raw(string target)
    {
        var uri = new Uri(Server.Address);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(Patience);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Lets the server's build thread write the log while a test reads it.</summary>
internal sealed class LockedWriter(StringWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (inner) inner.Write(value);
    }

    public override void Write(string? value)
    {
        lock (inner) inner.Write(value);
    }

    public override void WriteLine(string? value)
    {
        lock (inner) inner.WriteLine(value);
    }
}
