using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Cli.Commands;
using Winset.Cli.Infrastructure;
using Winset.Diagnostics;

namespace Winset.Cli;

/// <summary>The <c>winset</c> command: builds the verb tree and maps failures to exit codes.</summary>
/// <remarks>
/// Exit codes: 0 success; 2 bad input (a file, an argument), with a one-line message and no stack trace;
/// 1 an internal error (a bug), with the stack trace on standard error.
/// </remarks>
public static class Program
{
    public const int ExitOk = 0;
    public const int ExitBug = 1;
    public const int ExitBadInput = 2;

    public static int Main(string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
        });
        return Run(args, new CliOutput(console, Console.Out, Console.Error));
    }

    /// <summary>Runs the command line against the given output (tests pass captured writers).</summary>
    public static int Run(string[] args, CliOutput output)
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var registrar = new TypeRegistrar(services);
        registrar.RegisterInstance(typeof(CliOutput), output);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("winset");
            config.ConfigureConsole(output.Console);
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("The flagship case end to end: the 1999 US-China WTO talks, their deal window, who was pivotal, what each side heard, and the simulated outcomes; writes a report folder.")
                .WithExample("demo")
                .WithExample("demo", "--out", "report", "--runs", "2000");
            config.AddCommand<AnalyzeCommand>("analyze")
                .WithDescription("Analyse a scenario: outcome count, Pareto frontier, Nash, Kalai-Smorodinsky, egalitarian and maximum-welfare outcomes.")
                .WithExample("analyze", "scenarios/job-offer.yaml")
                .WithExample("analyze", "domain.xml", "profile1.xml", "profile2.xml", "--json");
            config.AddCommand<ConvertCommand>("convert")
                .WithDescription("Convert a scenario between Winset YAML and GENIUS XML.")
                .WithExample("convert", "scenarios/job-offer.yaml", "--to", "genius", "--out", "job-offer-genius");
            config.AddCommand<RunCommand>("run")
                .WithDescription("Run one negotiation (stacked alternating offers) between agents, and report how it ended.")
                .WithExample("run", "scenarios/job-offer.yaml", "--agents", "boulware,conceder", "--rounds", "200", "--plot", "run.png");
            config.AddCommand<WindowCommand>("window")
                .WithDescription("The deal window of a two-level scenario: for each round, the agreement space and its best deal (Nash within it), and when the window opens and closes.")
                .WithExample("window", "scenarios/us-china-wto-1999.yaml")
                .WithExample("window", "scenarios/us-china-wto-1999.yaml", "--json");
            config.AddCommand<ExplainCommand>("explain")
                .WithDescription("Explain each move of a scenario's script or of a trace: what the sender gives up and means, what each side hears, what it costs to accept.")
                .WithExample("explain", "scenarios/us-china-wto-1999.yaml", "--move", "1");
            config.AddCommand<SimulateCommand>("simulate")
                .WithDescription("Monte Carlo over a two-level negotiation: threshold noise and probabilistic events; the probability of a ratified deal, of ratification failure, delay and breakdown, agreement times, and the likely outcomes.")
                .WithExample("simulate", "scenarios/us-china-wto-1999.yaml", "--runs", "10000", "--seed", "1");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Serve the web app and its JSON API (OpenAPI at /openapi.json) on 127.0.0.1.");
            config.AddCommand<AgentsCommand>("agents")
                .WithDescription("List the agent presets, a line each.");
            config.AddBranch("bench", bench =>
            {
                bench.SetDescription("Measure Winset's speed on standard workloads and print ratios to the targets.");
                bench.AddCommand<BenchAnalysisCommand>("analysis")
                    .WithDescription("Time utilities + Pareto + Nash + Kalai-Smorodinsky on a random 10^6-outcome space (and GENIUS 7issues when given).");
                bench.AddCommand<BenchNegotiationCommand>("negotiation")
                    .WithDescription("Rounds per second of Boulware vs Conceder at 10^3 and 10^6 outcomes.");
                bench.AddCommand<BenchTwoLevelCommand>("twolevel")
                    .WithDescription("Seconds for win-sets + deal window at 10^6 outcomes x 20 constituencies x 100 rounds, and for 10,000 Monte Carlo runs of the flagship.");
                TournamentCommands.RegisterBench(bench);
            });
            TournamentCommands.Register(config);
            config.SetExceptionHandler((ex, _) => HandleException(ex, output));
        });

        return app.Run(args);
    }

    private static int HandleException(Exception ex, CliOutput output)
    {
        switch (ex)
        {
            case InputException input:
                output.Error.WriteLine($"error: {input.Message}");
                return ExitBadInput;
            case CommandParseException or CommandRuntimeException:
                output.Error.WriteLine($"error: {ex.Message}");
                return ExitBadInput;
            default:
                output.Error.WriteLine($"internal error (a bug in Winset; please report it): {ex}");
                return ExitBug;
        }
    }
}
