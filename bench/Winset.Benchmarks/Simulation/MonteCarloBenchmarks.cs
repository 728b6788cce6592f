using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Winset.Formats;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Negotiation.TwoLevel;
using Winset.Simulation;

namespace Winset.Benchmarks.Simulation;

/// <summary>
/// 10,000 Monte Carlo runs of the flagship scenario (<c>scenarios/us-china-wto-1999.yaml</c> when it exists, otherwise
/// <see cref="SimulationWorkloads.FlagshipShaped"/>: 12,960 outcomes, 2 parties × 6 constituencies, 35 weekly rounds,
/// 8 events) with the default line-up (aware:boulware for both), σ = 0.05, on 2 threads. Target: ≤ 10 s on 2 cores.
/// The scenario is prepared once (<see cref="GlobalSetupAttribute"/>), as <c>winset simulate</c> does once per call;
/// the believed win-sets are computed in the first iteration and cached (they do not depend on the run under estimated
/// information), so the measured iterations show the steady state. <c>Complete</c> recomputes every true win-set in
/// every run (noise makes each run's win-sets new): the worst case.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class MonteCarloBenchmarks
{
    private PreparedScenario _prepared = null!;
    private Agent[] _agents = null!;

    /// <summary>What the negotiators know: estimated (cached beliefs) or complete (win-sets recomputed per run).</summary>
    [Params(Information.Estimated, Information.Complete)]
    public Information Information { get; set; }

    /// <summary>The number of runs.</summary>
    [Params(10_000)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Scenario scenario = LoadFlagship() ?? SimulationWorkloads.FlagshipShaped();
        _prepared = PreparedScenario.Create(scenario);
        _agents = [.. MonteCarlo.DefaultAgents(scenario).Select(AgentPresets.Create)];
        Console.WriteLine($"// Monte Carlo scenario: {scenario.Name}, {_prepared.OutcomeCount:N0} outcomes");
    }

    /// <summary>One simulation of <see cref="Runs"/> runs on 2 threads.</summary>
    [Benchmark]
    public MonteCarloReport Flagship() => MonteCarlo.Run(
        _prepared, _agents, new MonteCarloOptions { Runs = Runs, Seed = 1, Noise = 0.05, Information = Information, Parallelism = 2 });

    private static Scenario? LoadFlagship()
    {
        string? root = typeof(MonteCarloBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "WinsetRepositoryRoot")?.Value;
        foreach (string? start in new[] { root, Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "scenarios", "us-china-wto-1999.yaml");
                if (File.Exists(candidate))
                {
                    return ScenarioLoader.Load([candidate]);
                }
            }
        }

        return null;
    }
}
