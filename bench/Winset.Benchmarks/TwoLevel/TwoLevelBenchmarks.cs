using BenchmarkDotNet.Attributes;
using Winset.Analysis;
using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Benchmarks.TwoLevel;

/// <summary>
/// Win-sets, agreement space and deal window on the seeded two-level workload
/// (<see cref="TwoLevelScenarioGenerator.Workload"/>: 2 parties × 10 constituencies, 100 rounds of about one event each).
/// Target (issue 4): win-sets and window for 10^6 outcomes × 20 constituencies × 100 steps in ≤ 2 s on one core.
/// </summary>
[MemoryDiagnoser]
public class TwoLevelBenchmarks
{
    private LevelTwoMatrix _matrix = null!;
    private LevelTwoState _initial = null!;

    /// <summary>The number of outcomes.</summary>
    [Params(10_000, 1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Scenario scenario = TwoLevelScenarioGenerator.Workload(Size);
        _matrix = LevelTwoMatrix.Compute(scenario);
        _initial = LevelTwoState.Initial(scenario);
    }

    /// <summary>The reference implementation: every win-set, IR set and the agreement space of one state, one delegate and one rule evaluation per outcome.</summary>
    [Benchmark(Baseline = true)]
    public int OneStateReference() => ReferenceWinSets.AgreementSpace(_matrix, _initial).Count;

    /// <summary>The same state from scratch with the fast path (approval patterns and rule tables).</summary>
    [Benchmark]
    public int OneStateFast() => new WinSetTracker(_matrix, _initial).AgreementSpaceCount;

    /// <summary>The whole deal window: 100 steps, with the best deal (restricted Nash) of each.</summary>
    [Benchmark]
    public DealWindowReport Window() => DealWindow.Compute(_matrix);

    /// <summary>The pivot report of the initial state (about 80 candidate changes).</summary>
    [Benchmark]
    public PivotReport Pivots() => PivotAnalysis.Compute(_matrix, _initial);
}
