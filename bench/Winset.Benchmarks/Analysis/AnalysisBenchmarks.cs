using BenchmarkDotNet.Attributes;
using Winset.Analysis;
using Winset.Model;

namespace Winset.Benchmarks.Analysis;

/// <summary>
/// The whole analysis of a random two-party linear-additive scenario (seeded <see cref="ScenarioGenerator"/>):
/// utilities, Pareto frontier, individual rationality, Nash, Kalai–Smorodinsky, egalitarian and welfare.
/// Targets (DESIGN.md): 10^6 outcomes in ≤ 100 ms and ≤ 64 MB allocated.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Scenario _scenario = null!;
    private UtilityMatrix _matrix = null!;

    /// <summary>The number of outcomes: 10 values per issue, log10(Size) issues.</summary>
    [Params(10_000, 1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = Workloads.RandomTwoParty(Size);
        _matrix = UtilityMatrix.Compute(_scenario);
    }

    /// <summary>Utilities of both parties, then the analysis: what <c>winset analyze</c> does.</summary>
    [Benchmark]
    public ScenarioAnalysis FullPipeline() => ScenarioAnalyzer.Analyze(_scenario);

    /// <summary>The analysis of utilities already computed.</summary>
    [Benchmark]
    public ScenarioAnalysis AnalyzeMatrix() => ScenarioAnalyzer.Analyze(_matrix);

    /// <summary>Only the utility arrays (mixed-radix counter over prefix sums).</summary>
    [Benchmark]
    public UtilityMatrix Utilities() => UtilityMatrix.Compute(_scenario);
}
