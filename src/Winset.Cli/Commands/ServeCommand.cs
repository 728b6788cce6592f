using System.ComponentModel;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Cli.Infrastructure;
using Winset.Diagnostics;
using Winset.Web.Hosting;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset serve [--port P] [--urls U]</c>: the web app (scenario library, analysis, run and replay, rehearsal,
/// tournaments) and its JSON API, documented at <c>/openapi.json</c>. Listens on 127.0.0.1 only unless
/// <c>--urls</c> names another address. Runs until Ctrl+C.
/// </summary>
public sealed class ServeCommand(CliOutput output) : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--port <P>")]
        [Description("The port on 127.0.0.1 (default 5170; 0 picks a free one).")]
        public int? Port { get; init; }

        [CommandOption("--urls <URLS>")]
        [Description("The addresses to listen on, separated by ';' (e.g. http://0.0.0.0:8080 to accept other machines). Replaces --port.")]
        public string? Urls { get; init; }

        [CommandOption("--data <DIR>")]
        [Description("The folder uploads are written to while they are parsed (default: a new temporary folder, deleted on exit).")]
        public string? Data { get; init; }

        [CommandOption("--store <FILE>")]
        [Description("The run store the tournaments page reads (default winset-runs.db in the working folder).")]
        public string? Store { get; init; }

        [CommandOption("--max-upload-mb <N>")]
        [Description("The largest upload, in MiB, all files together.")]
        [DefaultValue(16)]
        public int MaxUploadMegabytes { get; init; } = 16;

        [CommandOption("--verbose")]
        [Description("Log every request.")]
        public bool Verbose { get; init; }

        public override ValidationResult Validate()
        {
            if (Port is { } p && (p < 0 || p > 65535))
            {
                return ValidationResult.Error($"--port must be between 0 and 65535, not {p}.");
            }

            if (Port is not null && Urls is not null)
            {
                return ValidationResult.Error("give --port or --urls, not both (--urls names the port itself).");
            }

            if (Urls is { } u && u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Any(x => !Uri.TryCreate(x.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttp))
            {
                return ValidationResult.Error($"--urls must be http:// addresses separated by ';', not '{u}'.");
            }

            if (MaxUploadMegabytes < 1 || MaxUploadMegabytes > 1024)
            {
                return ValidationResult.Error($"--max-upload-mb must be between 1 and 1024, not {MaxUploadMegabytes}.");
            }

            return ValidationResult.Success();
        }

        /// <summary>The web app's options these settings describe.</summary>
        public WinsetWebOptions ToOptions() => new()
        {
            Urls = Urls ?? string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port ?? WinsetWebOptions.DefaultPort}"),
            DataFolder = Data,
            StorePath = Store,
            MaxUploadBytes = MaxUploadMegabytes * 1024L * 1024L,
            Verbose = Verbose,
        };
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        WinsetWebOptions options = settings.ToOptions();
        await using var app = WinsetWeb.Build(options);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            throw new InputException($"cannot listen on {options.Urls}: {e.Message} (is another server on that port? try --port).");
        }

        string address = WinsetWeb.Address(app);
        output.Console.MarkupLine($"Winset web app on [bold link]{Markup.Escape(address)}/[/]");
        output.Console.MarkupLine($"JSON API described at {Markup.Escape(address)}{WinsetWeb.OpenApiPath}");
        if (!IsLoopbackOnly(app.Urls))
        {
            output.Console.MarkupLine("[yellow]Listening beyond this machine (--urls): anyone who can reach it can upload scenarios and run sessions.[/]");
        }

        output.Console.MarkupLine("[grey]Press Ctrl+C to stop.[/]");
        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop below.
        }

        await app.StopAsync(CancellationToken.None);
        return Program.ExitOk;
    }

    private static bool IsLoopbackOnly(IEnumerable<string> urls) =>
        urls.All(u => Uri.TryCreate(u, UriKind.Absolute, out Uri? uri) && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out IPAddress? ip) && IPAddress.IsLoopback(ip))));
}
