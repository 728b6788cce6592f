using BenchmarkDotNet.Attributes;
using Winset.Negotiation;

namespace Winset.Benchmarks.Negotiation;

/// <summary>
/// Boulware (e=0.2) against Conceder (e=2), 3 issues, reservation values 0.9 (no agreement), 1000 rounds to the
/// deadline: the workload of <c>winset bench negotiation</c> (<see cref="NegotiationWorkloads.BoulwareVsConceder"/>).
/// Times and allocations are per round (<c>OperationsPerInvoke</c> = rounds); the target is ≥ 2,000,000 rounds/s
/// (≤ 500 ns per round), no allocation per round, and at most 2× per round from 10^3 to 10^6 outcomes.
/// </summary>
[MemoryDiagnoser]
public class NegotiationBenchmarks
{
    private const int Rounds = 1000;

    private NegotiationWorkload _workload = null!;

    /// <summary>The number of outcomes: 3 issues of 10 or 100 values.</summary>
    [Params(1_000, 1_000_000)]
    public int Outcomes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int valuesPerIssue = (int)Math.Round(Math.Cbrt(Outcomes));
        _workload = NegotiationWorkloads.BoulwareVsConceder(valuesPerIssue, Rounds);
        SessionResult check = _workload.Run();
        if (check.Ended != SessionEnd.Deadline || check.Round != Rounds)
        {
            throw new InvalidOperationException($"The workload ended {check.Ended} in round {check.Round}, not at the deadline.");
        }
    }

    /// <summary>One session of 1000 rounds; reported per round.</summary>
    [Benchmark(OperationsPerInvoke = Rounds)]
    public SessionResult BoulwareVsConceder() => _workload.Run();
}
