using Winset.Analysis.TwoLevel;
using Winset.Diagnostics;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Negotiation.TwoLevel;

namespace Winset.Core.Tests.TwoLevelNegotiation;

public sealed class RatificationAwareTests
{
    private static SessionOutcome Run(Scenario s, string a, string b, int rounds = 50, int seed = 0, Information information = Information.Estimated, double noise = 0) =>
        Session.Run(s, [AgentPresets.Create(a), AgentPresets.Create(b)], new SessionOptions { Rounds = rounds, Seed = seed, Information = information, Noise = noise });

    [Theory]
    [InlineData("boulware")]
    [InlineData("conceder")]
    [InlineData("linear")]
    [InlineData("aspiration")]
    public void Run_AwareAgents_AgreeInsideTheAgreementSpace_AndTheAgreementIsRatified(string preset)
    {
        // (Reactive strategies — micro, titfortat, nicetft — may stall instead: once one side's offers are pinned to
        // the edge of its win-set it stops conceding, and the other side sees no new concession to answer. Tied hands.)
        // Given the oracle with the agreement space [20, 40]
        Scenario s = TwoLevelFixtures.Oracle(20, 40);

        // When both negotiators are ratification-aware
        SessionResult r = Run(s, "aware:" + preset, "aware:" + preset, rounds: 200).Result;

        // Then they agree on some x in [20, 40], and both homes ratify it
        r.Ended.ShouldBe(SessionEnd.Agreement);
        TwoLevelFixtures.X(r.Agreement!.Value).ShouldBeInRange(20, 40);
        r.Ratified.ShouldBe(true);
        r.RatificationFailedBy.ShouldBeEmpty();
        r.IsRatifiedAgreement.ShouldBeTrue();
    }

    [Fact]
    public void Run_PlainAgents_CanSignWhatOneHomeRejects_InvoluntaryDefection()
    {
        // Given the oracle with the agreement space [20, 40], and negotiators who ignore level II
        Scenario s = TwoLevelFixtures.Oracle(20, 40);

        // When they meet in the middle
        SessionResult r = Run(s, "linear", "linear", rounds: 100).Result;

        // Then China's home rejects the deal (x > 40), and each party gets its no-deal value
        r.Ended.ShouldBe(SessionEnd.Agreement);
        TwoLevelFixtures.X(r.Agreement!.Value).ShouldBeGreaterThan(40);
        r.Ratified.ShouldBe(false);
        r.RatificationFailedBy.ShouldBe([1]);
        r.IsRatifiedAgreement.ShouldBeFalse();
        r.Utilities.ShouldBe([0.0, 0.0]);
    }

    [Fact]
    public void Run_NoOverlap_AwareAgentsNeverSign()
    {
        // Given cB = 15 < cA = 20: no deal either home would ratify
        Scenario s = TwoLevelFixtures.Oracle(20, 15);

        // When aware agents negotiate
        SessionOutcome o = Run(s, "aware(patience=2):boulware", "aware(patience=2):conceder", rounds: 60);

        // Then nothing is signed (no involuntary defection) and the talks run to the deadline
        o.Result.Ended.ShouldBe(SessionEnd.Deadline);
        o.Result.Ratified.ShouldBeNull();
    }

    [Fact]
    public void Run_EmptyWinSet_AgentHolds_ThenWalksAwayAfterPatience()
    {
        // Given a US home that ratifies nothing (threshold above every utility)
        Scenario s = TwoLevelFixtures.Oracle(101, 100);

        // When the US negotiator is aware with patience 0.2 (of 10 rounds: two rounds of holding)
        SessionOutcome o = Run(s, "aware(patience=0.2):boulware", "boulware", rounds: 10);

        // Then it holds (no offers it could not sign), and walks away once 0.2 of the time has passed
        Move[] us = [.. o.Trace.Moves.ToArray().Where(m => m.Party == 0)];
        us.Where(m => m.Action == MoveAction.Offer).ShouldBeEmpty();
        us.First().Action.ShouldBe(MoveAction.Hold);
        o.Result.Ended.ShouldBe(SessionEnd.WalkAway);
        o.Trace[o.Trace.Count - 1].Action.ShouldBe(MoveAction.WalkAway);
        o.Trace[o.Trace.Count - 1].Time.ShouldBeGreaterThanOrEqualTo(0.2);
        o.Trace[o.Trace.Count - 1].Time.ShouldBeLessThan(0.3);
    }

    [Fact]
    public void Run_Hold_LapsesTheStandingOffer_SoNobodyAcceptsIt()
    {
        Scenario s = TwoLevelFixtures.Oracle(101, 0);
        SessionOutcome o = Run(s, "aware(patience=1):hardliner", "conceder", rounds: 5);

        // China offers, the US holds (its home ratifies nothing): China then has no standing offer to accept.
        o.Result.Ended.ShouldBe(SessionEnd.Deadline);
        o.Trace.Moves.ToArray().ShouldAllBe(m => m.Party == 0 ? m.Action == MoveAction.Hold : m.Action == MoveAction.Offer);
    }

    [Fact]
    public void Run_AwareOffers_AreAlwaysInsideTheOwnWinSet_AndAboveTheReservationValue()
    {
        Scenario s = TwoLevelFixtures.Oracle(30, 60, usReservation: 0.35, chinaReservation: 0.5);
        SessionOutcome o = Run(s, "aware:boulware", "aware:conceder", rounds: 100);
        foreach (Move m in o.Trace.Moves)
        {
            if (m.Action != MoveAction.Offer)
            {
                continue;
            }

            int x = TwoLevelFixtures.X(m.Outcome!.Value);
            if (m.Party == 0)
            {
                x.ShouldBeGreaterThanOrEqualTo(35);
            }
            else
            {
                x.ShouldBeLessThanOrEqualTo(50);
            }
        }

        o.Result.IsRatifiedAgreement.ShouldBeTrue();
        TwoLevelFixtures.X(o.Result.Agreement!.Value).ShouldBeInRange(35, 50);
    }

    [Fact]
    public void Run_CompleteInformation_OffersInsideTheBelievedAgreementSpace()
    {
        Scenario s = TwoLevelFixtures.Oracle(20, 40);
        SessionOutcome o = Run(s, "aware:boulware", "aware:boulware", rounds: 50, information: Information.Complete);
        o.Trace.Moves.ToArray().Where(m => m.Action == MoveAction.Offer)
            .ShouldAllBe(m => m.Outcome!.Value.Value >= 20 && m.Outcome!.Value.Value <= 40);
        o.Result.IsRatifiedAgreement.ShouldBeTrue();
    }

    [Fact]
    public void Run_AwareAgentInAPlainScenario_BehavesLikeItsInnerAgent()
    {
        Scenario plain = ScenarioGenerator.LinearAdditive(5, parties: 2, issues: 3, valuesPerIssue: 5, maxReservationValue: 0.4);
        SessionOutcome a = Session.Run(plain, [AgentPresets.Create("aware:boulware"), AgentPresets.Create("aware:conceder")], new SessionOptions { Rounds = 80, Seed = 3 });
        SessionOutcome b = Session.Run(plain, [AgentPresets.Create("boulware"), AgentPresets.Create("conceder")], new SessionOptions { Rounds = 80, Seed = 3 });
        a.Trace.Moves.ToArray().ShouldBe(b.Trace.Moves.ToArray());
        a.Result.Ratified.ShouldBeNull();
        a.Result.Utilities.ShouldBe(b.Result.Utilities);
    }

    [Fact]
    public void Create_AwareModifier_WrapsThePresetAndNamesItCanonically()
    {
        Agent a = AgentPresets.Create(" Aware : Boulware( e = 0.10 ) ");
        a.Name.ShouldBe("aware:boulware(e=0.1)");
        a.Bidding.ShouldBeOfType<RatificationAwareBidding>().Inner.ShouldBeOfType<Winset.Negotiation.Agents.Bidding.TimeDependentBidding>().E.ShouldBe(0.1);
        a.Acceptance.ShouldBeOfType<RatificationAwareAcceptance>();
        a.Describe().ShouldBe("aware:boulware(e=0.1): bidding=RatificationAware(patience=0.25, TimeDependent(e=0.1, k=0)), acceptance=RatificationAware(AC_next)");

        Agent b = AgentPresets.Create("aware(patience=0.5):nicetft");
        b.Name.ShouldBe("aware(patience=0.5):nicetft");
        b.Bidding.ShouldBeOfType<RatificationAwareBidding>().Patience.ShouldBe(0.5);
        b.OpponentModel.ShouldNotBeNull();
        b.OfferSelector.ShouldNotBeNull();
        AgentPresets.Modifiers.Select(m => m.Name).ShouldBe(["aware"]);
    }

    [Theory]
    [InlineData("wary:boulware", "Unknown agent modifier 'wary'. Known modifiers: aware (write e.g. aware:boulware).")]
    [InlineData("aware(x=1):boulware", "The agent 'aware' has no parameter 'x'. Its parameters: patience.")]
    [InlineData("aware(patience=-1):boulware", "The agent 'aware': parameter 'patience' is '-1', but it must be share of the session's time it holds with nothing to sign before walking away, >= 0 (>= 1: never).")]
    [InlineData("aware:bolware", "Unknown agent 'bolware'. Known agents: aspiration, boulware, conceder, hardliner, linear, micro, nicetft, random, titfortat.")]
    public void Create_BadAwareSpecification_ThrowsInputException(string spec, string message)
    {
        Should.Throw<InputException>(() => AgentPresets.Create(spec)).Message.ShouldBe(message);
    }

    [Fact]
    public void Belief_UnderEstimatedInformation_IsTheNominalWinSet_NotTheNoisyTrueOne()
    {
        // Given a two-level scenario with much threshold noise
        Scenario s = TwoLevelFixtures.Oracle(20, 60);
        var prepared = PreparedScenario.Create(s);
        var run = new LevelTwoRun(prepared, 7, new SessionOptions { Noise = 0.2 });

        // Then the negotiator's belief is the scenario's win-set, while the true state is noisy
        OutcomeSet nominal = WinSets.Compute(prepared.LevelTwo!, LevelTwoState.Initial(s), 0);
        run.Belief(0).WinSet.Members().ShouldBe(nominal.Members());
        run.TrueState.Thresholds[0][0].ShouldNotBe(0.2);

        // And under private information it is the true (noisy) one
        var privateRun = new LevelTwoRun(prepared, 7, new SessionOptions { Noise = 0.2, Information = Information.Private });
        privateRun.Belief(0).WinSet.Members().ShouldBe(WinSets.Compute(prepared.LevelTwo!, privateRun.TrueState, 0).Members());
        privateRun.TrueState.Thresholds.SelectMany(t => t).ShouldBe(run.TrueState.Thresholds.SelectMany(t => t));
    }
}
