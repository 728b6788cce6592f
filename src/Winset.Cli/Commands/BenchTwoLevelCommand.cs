using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Analysis.TwoLevel;
using Winset.Cli.Infrastructure;
using Winset.Formats.Native;
using Winset.Model;
using Winset.Negotiation.Agents;
using Winset.Simulation;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset bench twolevel</c>: the two speed targets of the two-level layer, timed with a stopwatch: win-sets and
/// the deal window for 10^6 outcomes × 20 constituencies × 100 rounds (target ≤ 2 s, one core), and 10,000 Monte Carlo
/// runs of the flagship scenario (target ≤ 10 s on 2 cores).
/// </summary>
/// <remarks>The BenchmarkDotNet classes in bench/Winset.Benchmarks/TwoLevel and /Simulation are the careful measurement.</remarks>
public sealed class BenchTwoLevelCommand(CliOutput output) : Command<BenchTwoLevelCommand.Settings>
{
    private const double WindowTargetSeconds = 2;
    private const double MonteCarloTargetSeconds = 10;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--runs <N>")]
        [Description("Monte Carlo runs of the flagship.")]
        [DefaultValue(10_000)]
        public int Runs { get; init; } = 10_000;

        [CommandOption("--scenario <PATH>")]
        [Description("The scenario for the Monte Carlo part (default: scenarios/us-china-wto-1999.yaml, found from the working folder).")]
        public string? Scenario { get; init; }

        public override ValidationResult Validate() =>
            Runs is < 1 or > 10_000_000 ? ValidationResult.Error("--runs must be between 1 and 10000000.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Win-sets and the deal window: the scenario is generated (seeded), then matrix + window are timed together.
        Scenario big = TwoLevelScenarioGenerator.Workload(outcomes: 1_000_000, constituencies: 20, rounds: 100);
        DealWindow.Compute(TwoLevelScenarioGenerator.Workload(outcomes: 10_000, constituencies: 20, rounds: 100)); // warm-up
        long start = Stopwatch.GetTimestamp();
        DealWindowReport window = DealWindow.Compute(LevelTwoMatrix.Compute(big));
        double windowSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

        string path = settings.Scenario ?? DemoCommand.LocateFlagship();
        Scenario flagship = NativeScenarioFormat.Read(path);
        Agent[] agents = [.. MonteCarlo.DefaultAgents(flagship).Select(AgentPresets.Create)];
        MonteCarlo.Run(flagship, agents, new MonteCarloOptions { Runs = 100, Seed = 1 }); // warm-up
        start = Stopwatch.GetTimestamp();
        MonteCarloReport report = MonteCarlo.Run(flagship, agents, new MonteCarloOptions { Runs = settings.Runs, Seed = 1 });
        double monteCarloSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

        var table = new Table().Border(TableBorder.Rounded).Title("winset bench twolevel");
        table.AddColumns("Workload", "Seconds", "Target s", "Seconds / target");
        table.AddRow(
            $"win-sets + deal window: {big.Space.Count:N0} outcomes × 20 constituencies × {window.Steps.Length} rounds (one core)",
            F(windowSeconds), F(WindowTargetSeconds), Ratio(windowSeconds / WindowTargetSeconds));
        table.AddRow(
            Markup.Escape($"{report.Runs:N0} Monte Carlo runs of {flagship.Name} ({Environment.ProcessorCount} cores)"),
            F(monteCarloSeconds), F(MonteCarloTargetSeconds), Ratio(monteCarloSeconds / MonteCarloTargetSeconds));
        output.Console.Write(table);
        return Program.ExitOk;
    }

    private static string F(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Ratio(double r) => (r <= 1 ? "[green]" : "[red]") + r.ToString("0.000", CultureInfo.InvariantCulture) + "[/]";
}
