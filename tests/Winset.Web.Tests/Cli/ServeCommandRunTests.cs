using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Cli.Commands;
using Winset.Cli.Infrastructure;

namespace Winset.Web.Tests.Cli;

public sealed partial class ServeCommandRunTests
{
    [Fact]
    public async Task Execute_ServesTheAppOnLoopbackUntilCancelled()
    {
        var inner = new StringWriter();
        var console = TextWriter.Synchronized(inner);
        IAnsiConsole ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var command = new ServeCommand(new CliOutput(ansi, TextWriter.Null, TextWriter.Null));
        using var stop = new CancellationTokenSource();
        string data = Path.Combine(Path.GetTempPath(), "winset-serve-test-" + Guid.NewGuid().ToString("N")[..8]);
        var context = new CommandContext([], new NoArguments(), "serve", null);

        Task<int> running = command.ExecuteAsync(context, new ServeCommand.Settings { Port = 0, Data = data }, stop.Token);
        string address = await AddressFrom(console, inner);
        using var http = new HttpClient();
        string scenarios = await http.GetStringAsync(address + "/api/scenarios");
        string openApi = await http.GetStringAsync(address + "/openapi.json");
        stop.Cancel();
        int exit = await running.WaitAsync(TimeSpan.FromSeconds(30));

        new Uri(address).Host.ShouldBe("127.0.0.1");
        scenarios.ShouldContain("job-offer");
        openApi.ShouldContain("\"openapi\"");
        Read(console, inner).ShouldContain("/openapi.json");
        exit.ShouldBe(0);
        Directory.Delete(data, recursive: true);
    }

    /// <summary>Reads what was written, under the synchronized writer's lock.</summary>
    private static string Read(TextWriter console, StringWriter inner)
    {
        lock (console)
        {
            return inner.ToString();
        }
    }

    private static async Task<string> AddressFrom(TextWriter console, StringWriter inner)
    {
        for (int i = 0; i < 300; i++)
        {
            Match m = Address().Match(Read(console, inner));
            if (m.Success)
            {
                return m.Groups[1].Value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("winset serve printed no address: " + Read(console, inner));
    }

    [GeneratedRegex(@"on (http://127\.0\.0\.1:\d+)/")]
    private static partial Regex Address();

    private sealed class NoArguments : IRemainingArguments
    {
        public ILookup<string, string?> Parsed { get; } = Array.Empty<string>().ToLookup(x => x, x => (string?)x);

        public IReadOnlyList<string> Raw { get; } = [];
    }
}
