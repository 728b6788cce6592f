using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Winset.Formats;
using Winset.Negotiation.Agents;
using Winset.Negotiation.Tournaments;
using Winset.Store;

namespace Winset.Benchmarks.Tournaments;

/// <summary>
/// The standard tournament (<see cref="TournamentWorkloads"/>: Boulware, Conceder, Linear, tit-for-tat and MiCRO on ten
/// shared GENIUS scenarios, 1000 rounds, 200 pairings × 5 repetitions = 1000 negotiations per invocation), with 1 or 2
/// jobs, recording into a fresh SQLite store or not. Target: ≥ 5,000 negotiations/s with 2 jobs and the store; 2 jobs
/// ≥ 1.7× 1 job; the store costing ≤ 20 %. The shared data is read from <c>shared/data/genius/domains</c>; without it
/// there are no parameter values and nothing runs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 10)]
public class TournamentBenchmarks
{
    private const int Repetitions = 5;

    private TournamentPlan _plan = null!;
    private string _storePath = string.Empty;

    /// <summary>The domains folder, when the shared data is there (one value), else none.</summary>
    public static IEnumerable<string> DomainFolders()
    {
        string? root = Analysis.SharedDomains.Find();
        return root is null ? [] : [root];
    }

    [ParamsSource(nameof(DomainFolders))]
    public string Domains { get; set; } = string.Empty;

    [Params(1, 2)]
    public int Jobs { get; set; }

    [Params(false, true)]
    public bool Store { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scenarios = TournamentWorkloads.ScenarioPaths(Domains).Select(p => TournamentScenario.Create(ScenarioLoader.Load(p))).ToList();
        _plan = TournamentPlan.Create(scenarios, [.. TournamentWorkloads.Agents.Select(AgentPresets.Create)], new TournamentOptions
        {
            Rounds = TournamentWorkloads.Rounds,
            Repetitions = Repetitions,
            Seed = 1,
            Jobs = Jobs,
        });
    }

    [IterationSetup]
    public void NewStore() => _storePath = Path.Combine(Path.GetTempPath(), $"winset-bench-{Guid.NewGuid():N}.db");

    [IterationCleanup]
    public void DeleteStore()
    {
        foreach (string f in new[] { _storePath, _storePath + "-wal", _storePath + "-shm" })
        {
            File.Delete(f);
        }
    }

    /// <summary>1000 negotiations.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int Tournament()
    {
        if (!Store)
        {
            return TournamentRunner.Run(_plan, null, _ => { }, null);
        }

        using RunStore store = RunStore.Open(_storePath);
        StoredTournament t = store.Begin("bench", _plan);
        return TournamentRunner.Run(_plan, t.Done, batch => store.Commit(t, batch), null);
    }
}
