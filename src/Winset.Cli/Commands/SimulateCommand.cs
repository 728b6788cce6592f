using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Winset.Cli.Infrastructure;
using Winset.Cli.Rendering;
using Winset.Diagnostics;
using Winset.Formats;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Negotiation.TwoLevel;
using Winset.Simulation;

namespace Winset.Cli.Commands;

/// <summary>
/// <c>winset simulate SCENARIO --runs N</c>: Monte Carlo over a two-level negotiation — N seeded sessions with noise on
/// the constituencies' thresholds and the timeline's probabilistic events — and the probability of each ending, the
/// agreement times and the likely outcomes (the "press releases").
/// </summary>
public sealed class SimulateCommand(CliOutput output) : Command<SimulateCommand.Settings>
{
    public sealed class Settings : ScenarioSettings
    {
        [CommandOption("--runs <N>")]
        [Description("The number of sessions to run.")]
        [DefaultValue(1000)]
        public int Runs { get; init; } = 1000;

        [CommandOption("--seed <S>")]
        [Description("The simulation's seed: the same scenario, agents, options and seed give the same report, byte for byte.")]
        [DefaultValue(0)]
        public int Seed { get; init; }

        [CommandOption("--agents <LIST>")]
        [Description("One agent per party, in party order, separated by commas. Default: aware:boulware for every party of a two-level scenario (ratification-aware Boulware), boulware otherwise. 'winset agents' lists the presets; prefix any with aware: to make it ratification-aware.")]
        public string? Agents { get; init; }

        [CommandOption("--noise <SIGMA>")]
        [Description("Standard deviation of the noise on every constituency's threshold, drawn once per run: the true threshold is the scenario's plus Normal(0, SIGMA).")]
        [DefaultValue(MonteCarloOptions.DefaultNoise)]
        public double Noise { get; init; } = MonteCarloOptions.DefaultNoise;

        [CommandOption("--belief-noise <SIGMA>")]
        [Description("Standard deviation of each negotiator's own error in estimating its constituencies' thresholds (with --information estimated).")]
        [DefaultValue(0.0)]
        public double BeliefNoise { get; init; }

        [CommandOption("--belief-bias <B>")]
        [Description("A margin negotiators add to the thresholds they believe (positive: they keep clear of the edge of their win-set), in [-1, 1]. Default: the --noise σ, i.e. negotiators who know their reading of home is uncertain by σ keep a one-σ margin.")]
        public double? BeliefBias { get; init; }

        [CommandOption("--information <MODEL>")]
        [Description("What negotiators know of the win-sets: estimated (the scenario's thresholds, not the run's noise), private (their own true win-set) or complete (every true win-set).")]
        [DefaultValue("estimated")]
        public string Information { get; init; } = "estimated";

        [CommandOption("--jobs <J>")]
        [Description("Runs at once; 0 means one per processor. The report does not depend on it.")]
        [DefaultValue(0)]
        public int Jobs { get; init; }

        [CommandOption("--rounds <N>")]
        [Description("The deadline in rounds for a scenario without a timeline (a timeline sets its own).")]
        [DefaultValue(100)]
        public int Rounds { get; init; } = 100;

        [CommandOption("--clusters <K>")]
        [Description("The most deal clusters (press releases with terms) to report; rarer deals are pooled.")]
        [DefaultValue(3)]
        public int Clusters { get; init; } = 3;

        public override ValidationResult Validate()
        {
            if (Runs < 1 || Runs > 10_000_000)
            {
                return ValidationResult.Error($"--runs must be a number of runs between 1 and 10,000,000, not {Runs}.");
            }

            if (!(Noise >= 0 && Noise <= 1))
            {
                return ValidationResult.Error($"--noise must be a standard deviation in [0, 1], not {Noise}.");
            }

            if (!(BeliefNoise >= 0 && BeliefNoise <= 1))
            {
                return ValidationResult.Error($"--belief-noise must be a standard deviation in [0, 1], not {BeliefNoise}.");
            }

            if (BeliefBias is { } bias && !(bias >= -1 && bias <= 1))
            {
                return ValidationResult.Error($"--belief-bias must be in [-1, 1], not {BeliefBias}.");
            }

            if (ParseInformation(Information) is null)
            {
                return ValidationResult.Error($"--information must be estimated, private or complete, not '{Information}'.");
            }

            if (Jobs < 0)
            {
                return ValidationResult.Error($"--jobs must be 0 (one per processor) or a positive number of jobs, not {Jobs}.");
            }

            if (Rounds <= 0)
            {
                return ValidationResult.Error($"--rounds must be a positive number of rounds, not {Rounds}.");
            }

            if (Clusters <= 0)
            {
                return ValidationResult.Error($"--clusters must be a positive number of clusters, not {Clusters}.");
            }

            if (Agents is { } a && string.IsNullOrWhiteSpace(a))
            {
                return ValidationResult.Error("--agents is empty: give one agent per party, e.g. --agents aware:boulware,aware:conceder.");
            }

            return ValidationResult.Success();
        }

        internal static Information? ParseInformation(string text) => text.Trim().ToLowerInvariant() switch
        {
            "estimated" => Negotiation.TwoLevel.Information.Estimated,
            "private" => Negotiation.TwoLevel.Information.Private,
            "complete" => Negotiation.TwoLevel.Information.Complete,
            _ => null,
        };
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Scenario scenario = ScenarioLoader.Load(settings.Paths);
        IReadOnlyList<string> names = settings.Agents is { } list ? AgentList.Parse(list) : MonteCarlo.DefaultAgents(scenario);
        Agent[] agents = [.. names.Select(AgentPresets.Create)];
        if (agents.Length != scenario.Parties.Length)
        {
            throw new InputException(NegotiationErrorMessages.AgentCountMismatch(scenario.Parties.Length, agents.Length, string.Join(", ", agents.Select(a => a.Name))));
        }

        var options = new MonteCarloOptions
        {
            Runs = settings.Runs,
            Seed = settings.Seed,
            Noise = settings.Noise,
            BeliefNoise = settings.BeliefNoise,
            BeliefBias = settings.BeliefBias ?? settings.Noise,
            Information = Settings.ParseInformation(settings.Information)!.Value,
            Parallelism = settings.Jobs,
            Rounds = settings.Rounds,
            MaxDealClusters = settings.Clusters,
        };
        MonteCarloReport report = MonteCarlo.Run(PreparedScenario.Create(scenario), agents, options);
        if (settings.Json)
        {
            output.Out.WriteLine(SimulationJson.Write(scenario, report));
        }
        else
        {
            SimulationReportView.Render(output.Console, scenario, report);
        }

        return Program.ExitOk;
    }
}
