using Winset.Analysis.TwoLevel;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Negotiation.TwoLevel;

namespace Winset.Core.Tests.TwoLevelNegotiation;

public sealed class TimelineSessionTests
{
    private static readonly Agent[] Aware = [AgentPresets.Create("aware:boulware"), AgentPresets.Create("aware:boulware")];

    [Fact]
    public void Run_WithATimeline_HasTheTimelinesRounds_WhateverTheOptionsSay()
    {
        Scenario s = TwoLevelFixtures.Oracle(20, 15, timeline: new Timeline(12));
        SessionResult r = Session.Run(s, [AgentPresets.Create("hardliner"), AgentPresets.Create("hardliner")], new SessionOptions { Rounds = 500 }).Result;
        r.Ended.ShouldBe(SessionEnd.Deadline);
        r.Round.ShouldBe(12);
        r.MoveCount.ShouldBe(24);

        // Rounds may even be left out.
        Session.Run(s, [AgentPresets.Create("hardliner"), AgentPresets.Create("hardliner")], new SessionOptions()).Result.Round.ShouldBe(12);
    }

    [Fact]
    public void Run_ReservationShock_ChangesTheNoDealValue_AndWhatAnAwareAgentAccepts()
    {
        // Given China's reservation value jumps to 0.9 in round 3 (only x ≤ 10 is then worth signing for China)
        var shock = new TimelineEvent(3, "Embassy bombing", [new StateChange(1, null, ChangeTarget.Reservation, 0.9)]);
        Scenario s = TwoLevelFixtures.Oracle(20, 100, timeline: new Timeline(30, [shock]), discount: 0.5);

        // When aware negotiators negotiate
        SessionOutcome o = Session.Run(s, Aware, new SessionOptions());

        // Then no deal is possible any more (the US needs x ≥ 20), and China's no-deal value is the shocked one
        o.Result.Ended.ShouldNotBe(SessionEnd.Agreement);
        o.Result.AppliedEvents.ShouldBe([0]);
        double t = o.Result.Time;
        o.Result.Utilities[1].ShouldBe(0.9 * Math.Pow(0.5, t), 1e-12);
        o.Result.Utilities[0].ShouldBe(0.0);

        // And China never accepted or offered anything worth less than 0.9 to it after the shock
        foreach (Move m in o.Trace.Moves)
        {
            if (m.Party == 1 && m.Round >= 3 && m.Outcome is { } x)
            {
                TwoLevelFixtures.X(x).ShouldBeLessThanOrEqualTo(10);
            }
        }
    }

    [Fact]
    public void BeginRound_DisclosureWithoutOffer_DisclosesTheStandingOffer_AndMobilisesItsLosers()
    {
        // Given China has two constituencies, one demobilised (0.1), and a disclosure to China in round 2
        var disclose = new TimelineEvent(2, "The US publishes the list", disclosure: new Disclosure(1, null, 1.0));
        Scenario s = TwoLevelFixtures.Oracle(20, 40, timeline: new Timeline(10, [disclose]));
        s = WithChinaMobilisation(s, 0.1);
        var prepared = PreparedScenario.Create(s);
        var run = new LevelTwoRun(prepared, 1, new SessionOptions());

        // When the standing offer is x = 70 (which China's conservatives reject: they need x ≤ 40)
        run.BeginRound(1, 70).ShouldBeFalse();
        run.BeginRound(2, 70).ShouldBeTrue();

        // Then they mobilise fully, in the true state and in the negotiators' beliefs
        run.TrueState.Mobilisations[1][0].ShouldBe(1.0);
        run.AppliedEvents.ShouldBe([0]);
        run.Belief(1).Version.ShouldBe(2);

        // And a standing offer they like (x = 30) would not have mobilised them
        var other = new LevelTwoRun(prepared, 1, new SessionOptions());
        other.BeginRound(2, 30);
        other.TrueState.Mobilisations[1][0].ShouldBe(0.1);

        // And with no standing offer, nothing is disclosed
        var none = new LevelTwoRun(prepared, 1, new SessionOptions());
        none.BeginRound(2, -1);
        none.TrueState.Mobilisations[1][0].ShouldBe(0.1);
    }

    [Fact]
    public void Ratify_UsesTheTrueState_WithItsNoise()
    {
        // Given a generated two-level scenario and a session with noise
        Scenario s = Winset.Simulation.SimulationWorkloads.RandomTwoLevel(new Random(3), 2, [4, 4, 3], 4);
        var prepared = PreparedScenario.Create(s);
        foreach (int seed in new[] { 1, 2, 3, 4, 5 })
        {
            var run = new LevelTwoRun(prepared, seed, new SessionOptions { Noise = 0.1 });
            OutcomeSet us = WinSets.Compute(prepared.LevelTwo!, run.TrueState, 0);
            OutcomeSet them = WinSets.Compute(prepared.LevelTwo!, run.TrueState, 1);
            OutcomeSet nominal = WinSets.Compute(prepared.LevelTwo!, LevelTwoState.Initial(s), 0);
            bool differs = false;
            for (int o = 0; o < prepared.OutcomeCount; o++)
            {
                var outcome = new OutcomeIndex(o);
                bool ratified = run.Ratify(outcome, out var failedBy);
                ratified.ShouldBe(us.Contains(outcome) && them.Contains(outcome));
                failedBy.Contains(0).ShouldBe(!us.Contains(outcome));
                differs |= nominal.Contains(outcome) != us.Contains(outcome);
            }

            if (seed == 1)
            {
                differs.ShouldBeTrue("σ = 0.1 should move some outcome in or out of the win-set");
            }
        }
    }

    [Fact]
    public void Run_SameSeed_SameTraceAndResult_WithNoiseAndProbabilisticEvents()
    {
        Scenario s = Winset.Simulation.SimulationWorkloads.FlagshipShaped(2);
        var prepared = PreparedScenario.Create(s);
        var options = new SessionOptions { Seed = 11, Noise = 0.1, BeliefNoise = 0.05 };
        SessionOutcome a = Session.Run(prepared, Aware, options);
        SessionOutcome b = Session.Run(prepared, Aware, options);
        a.Trace.Moves.ToArray().ShouldBe(b.Trace.Moves.ToArray());
        a.Result.Utilities.ShouldBe(b.Result.Utilities);
        a.Result.AppliedEvents.ShouldBe(b.Result.AppliedEvents);
        a.Result.Ratified.ShouldBe(b.Result.Ratified);
    }

    [Fact]
    public void Run_HoldAndEvents_AreExportedInTheTrace()
    {
        Scenario s = TwoLevelFixtures.Oracle(101, 0, timeline: new Timeline(3));
        SessionOutcome o = Session.Run(s, [AgentPresets.Create("aware(patience=1):boulware"), AgentPresets.Create("boulware")], new SessionOptions());
        var w = new StringWriter();
        o.Trace.WriteJsonLines(w);
        w.ToString().ShouldContain("\"action\":\"hold\",\"outcome\":null,\"utilities\":[null,null]");
    }

    private static Scenario WithChinaMobilisation(Scenario s, double mobilisation)
    {
        Party china = s.Parties[1];
        var demobilised = new Party(china.Name, china.Profile, china.Constituencies.Select(c => c.WithMobilisation(mobilisation)), china.Ratification);
        return new Scenario(s.Name, s.Space, [s.Parties[0], demobilised], s.Description, s.Timeline);
    }
}
