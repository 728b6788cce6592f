using Winset.Model;
using Winset.Negotiation.Agents;

namespace Winset.Negotiation;

/// <summary>
/// The standard negotiation workloads, shared by the benchmarks (<c>bench/Winset.Benchmarks</c>) and
/// <c>winset bench negotiation</c>, so both measure the same thing.
/// </summary>
public static class NegotiationWorkloads
{
    /// <summary>The reservation value that keeps the two agents from agreeing.</summary>
    public const double NoDealReservation = 0.9;

    /// <summary>
    /// Boulware (e=0.2) against Conceder (e=2) on a seeded 2-party linear-additive scenario with 3 issues of
    /// <paramref name="valuesPerIssue"/> values (10 → 10^3 outcomes, 100 → 10^6), both reservation values 0.9, run
    /// to a deadline of <paramref name="rounds"/> rounds. The scenario is prepared (utilities and sorted indices)
    /// once, here; <see cref="NegotiationWorkload.Run"/> then runs one session.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static NegotiationWorkload BoulwareVsConceder(int valuesPerIssue = 10, int rounds = 1000, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(valuesPerIssue, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        Scenario generated = ScenarioGenerator.LinearAdditive(seed, parties: 2, issues: 3, valuesPerIssue: valuesPerIssue);
        Scenario scenario = new(
            $"boulware-vs-conceder-{valuesPerIssue}x3",
            generated.Space,
            generated.Parties.Select(p => new Party(p.Name, p.Profile.WithReservationValue(NoDealReservation))));
        Agent[] agents = [AgentPresets.Create("boulware"), AgentPresets.Create("conceder")];
        return new NegotiationWorkload(PreparedScenario.Create(scenario), agents, new SessionOptions { Rounds = rounds, Seed = seed });
    }
}
