using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.InteropServices;
using SiteGen.Diagnostics;
using SiteGen.Server;

namespace SiteGen.Cli;

/// <summary>'serve': preview the site in a browser while editing; pages reload by themselves on every save.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static Command Create(MessageLanguage help = MessageLanguage.Nb)
    {
        var common = new CommonOptions(help);
        var port = new Option<int>("--port", "-p")
        {
            Description = new LocalizedText($"Port on 127.0.0.1 to serve the site on (default {DefaultPort}; 0 picks a free one)",
                $"Porten på 127.0.0.1 nettstedet vises på (standard {DefaultPort}; 0 velger en ledig)").In(help),
            DefaultValueFactory = _ => DefaultPort,
            CustomParser = result => ParsePort(result, common.Messages),
        };
        var command = new Command("serve", new LocalizedText("Preview the site at http://127.0.0.1:PORT/, rebuilding and reloading pages whenever a file in the input or theme folder changes",
            "Forhåndsvis nettstedet på http://127.0.0.1:PORT/; sidene bygges og lastes inn på nytt hver gang du lagrer en fil i input- eller theme-mappen").In(help));
        common.AddTo(command);
        command.Add(port);
        command.SetAction(parse =>
        {
            var now = parse.GetValue(common.Now);
            // This process serves one preview and nothing else, so it may take the garbage collector's timing in hand.
            return Run(new PreviewOptions(common.ToBuildOptions(parse), parse.GetValue(port), () => Clock.Now(now), common.Language(parse)) { CollectWhenQuiet = true },
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private static int ParsePort(ArgumentResult result, Option<string> messages)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 65535)
            return value;
        result.AddError(new LocalizedText($"--port: '{text}' is not a port; write a number from 0 to 65535",
            $"--port: «{text}» er ikke et portnummer – skriv et tall fra 0 til 65535").In(MessagesOption.LanguageOf(result, messages)));
        return 0;
    }

    public static int Run(PreviewOptions options, TextWriter stdout, TextWriter stderr)
    {
        var en = options.Messages == MessageLanguage.En;
        if (!Directory.Exists(options.Build.InputDir))
        {
            stderr.WriteLine("sitegen: " + NewCommand.MissingInput(options.Build.InputDir).In(options.Messages));
            return ExitCodes.ContentErrors;
        }
        using var stop = new CancellationTokenSource();
        // Ctrl+C (SIGINT) and SIGTERM stop the server cleanly instead of killing the process mid-response.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        stdout.WriteLine(en ? "Building the site…" : "Bygger nettstedet …");
        PreviewServer server;
        try
        {
            server = PreviewServer.StartAsync(options, stdout, stop.Token).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            stderr.WriteLine(en
                ? $"sitegen: cannot serve on 127.0.0.1:{options.Port}: {e.Message}. Is another preview running? Choose another port with --port."
                : $"sitegen: kan ikke vise nettstedet på 127.0.0.1:{options.Port} (systemet sier: «{e.Message.TrimEnd('.')}»). Kjører en annen forhåndsvisning allerede? Velg en annen port med --port.");
            return ExitCodes.ContentErrors;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }
        stdout.WriteLine(en ? $"Serving the site at {server.Url}" : $"Nettstedet vises på {server.Url}");
        if (options.Build.CmsBundleDir is null)
            stderr.WriteLine(BuildCommand.CmsNotice(options.Messages));
        stdout.WriteLine(en
            ? "Open that address in a browser. Pages reload by themselves when you save a file. Press Ctrl+C to stop."
            : "Åpne adressen i en nettleser. Sidene lastes inn på nytt av seg selv når du lagrer en fil. Trykk Ctrl+C for å stoppe.");
        stop.Token.WaitHandle.WaitOne();
        stdout.WriteLine(en ? "Stopping…" : "Stopper …");
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return ExitCodes.Success;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
