using Winset.Negotiation.Tournaments;

namespace Winset.Core.Tests.Tournaments;

public class TournamentPlanTests
{
    [Fact]
    public void Create_TwoParties_EveryOrderedPairOfDistinctAgentsPerRepetition()
    {
        // Given three agents, one bilateral scenario and two repetitions
        var plan = TournamentFixtures.Plan([TournamentFixtures.Scenario(1)], TournamentFixtures.Presets("boulware", "conceder", "linear"), reps: 2);

        // Then every ordered pair of distinct agents plays twice: 3·2 pairs × 2
        plan.Sessions.Length.ShouldBe(12);
        var pairs = plan.Sessions.Select(s => (s.Agents[0], s.Agents[1])).Distinct().ToList();
        pairs.Count.ShouldBe(6);
        pairs.ShouldAllBe(p => p.Item1 != p.Item2);
        pairs.ShouldContain((0, 1));
        pairs.ShouldContain((1, 0));
        plan.Sessions.Select(s => s.Index).ShouldBe(Enumerable.Range(0, 12));
    }

    [Fact]
    public void Create_ThreeParties_EveryTupleButPureSelfPlay()
    {
        var plan = TournamentFixtures.Plan([TournamentFixtures.Scenario(2, parties: 3)], TournamentFixtures.Presets("boulware", "conceder"), reps: 1);

        // 2^3 tuples less the two in which one agent plays every party
        plan.Sessions.Length.ShouldBe(6);
        plan.Sessions.ShouldAllBe(s => s.Agents.Distinct().Count() > 1);
    }

    [Fact]
    public void Create_SelfPlay_IncludesAnAgentAgainstItself()
    {
        var plan = TournamentPlan.Create(
            [TournamentFixtures.Scenario(1)], TournamentFixtures.Presets("boulware", "conceder"), new TournamentOptions { SelfPlay = true });

        plan.Sessions.Length.ShouldBe(4);
    }

    [Fact]
    public void SessionSeed_DependsOnEveryInput_AndOnNothingElse()
    {
        int seed = TournamentPlan.SessionSeed(1, 2, [0, 1], 3);
        TournamentPlan.SessionSeed(1, 2, [0, 1], 3).ShouldBe(seed);
        TournamentPlan.SessionSeed(2, 2, [0, 1], 3).ShouldNotBe(seed);
        TournamentPlan.SessionSeed(1, 3, [0, 1], 3).ShouldNotBe(seed);
        TournamentPlan.SessionSeed(1, 2, [1, 0], 3).ShouldNotBe(seed);
        TournamentPlan.SessionSeed(1, 2, [0, 1], 4).ShouldNotBe(seed);
        seed.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void Create_DuplicateAgentNames_Throws()
    {
        Should.Throw<ArgumentException>(() => TournamentFixtures.Plan([TournamentFixtures.Scenario(1)], TournamentFixtures.Presets("linear", "linear")))
            .Message.ShouldContain("'linear'");
    }

    [Fact]
    public void Fingerprint_SameContent_Same_OtherContent_Different()
    {
        TournamentFixtures.Scenario(5).Fingerprint.ShouldBe(TournamentFixtures.Scenario(5).Fingerprint);
        TournamentFixtures.Scenario(5).Fingerprint.ShouldNotBe(TournamentFixtures.Scenario(6).Fingerprint);
    }
}
