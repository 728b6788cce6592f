using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Negotiation.Agents.Acceptance;
using Winset.Negotiation.Agents.OpponentModels;

namespace Winset.Core.Tests.Negotiation;

public sealed class AcceptanceAndModelTests
{
    // Party 1's utilities of v1..v5: 1, 0.8, 0.6, 0.4, 0.2.
    private static readonly Scenario Tiny = NegotiationFixtures.OneIssue(
        [[1.0, 0.8, 0.6, 0.4, 0.2], [0.2, 0.4, 0.6, 0.8, 1.0]],
        [0.3, 0.0]);

    private static (SessionContext Context, SessionView View) ContextFor(Scenario scenario, int party)
    {
        var prepared = PreparedScenario.Create(scenario);
        var view = new SessionView(new Trace(), prepared.PartyCount, Deadline.AfterRounds(10));
        return (new SessionContext(party, "test", prepared, view, new Random(1), TimeProvider.System), view);
    }

    private static readonly OutcomeIndex V1 = new(0);
    private static readonly OutcomeIndex V2 = new(1);
    private static readonly OutcomeIndex V3 = new(2);
    private static readonly OutcomeIndex V4 = new(3);

    [Fact]
    public void Next_AcceptsWhenTheOfferIsWorthThePlannedBid()
    {
        (SessionContext c, _) = ContextFor(Tiny, 0);
        IAcceptanceStrategy ac = AcceptanceStrategy.Next.Start(c, null);
        ac.Decide(V2, Bid.Offer(V2)).ShouldBe(Decision.Accept);
        ac.Decide(V2, Bid.Offer(V3)).ShouldBe(Decision.Accept);
        ac.Decide(V3, Bid.Offer(V2)).ShouldBe(Decision.Reject);
        ac.Decide(V4, Bid.WalkAway).ShouldBe(Decision.Accept); // 0.4 ≥ reservation 0.3
    }

    [Fact]
    public void ConstantAndTime_FollowTheirThresholds()
    {
        (SessionContext c, SessionView view) = ContextFor(Tiny, 0);
        IAcceptanceStrategy constant = AcceptanceStrategy.Constant(0.6).Start(c, null);
        constant.Decide(V3, Bid.Offer(V1)).ShouldBe(Decision.Accept);
        constant.Decide(V4, Bid.Offer(V1)).ShouldBe(Decision.Reject);

        IAcceptanceStrategy time = AcceptanceStrategy.AfterTime(0.9).Start(c, null);
        view.BeginTurn(5, 0, 0.5);
        time.Decide(V4, Bid.Offer(V1)).ShouldBe(Decision.Reject);
        view.BeginTurn(10, 0, 0.9);
        time.Decide(V4, Bid.Offer(V1)).ShouldBe(Decision.Accept);
    }

    [Fact]
    public void Combinations_AllAnyNot()
    {
        (SessionContext c, SessionView view) = ContextFor(Tiny, 0);
        view.BeginTurn(1, 0, 0.95);
        AcceptanceStrategy late = AcceptanceStrategy.AfterTime(0.9);
        AcceptanceStrategy high = AcceptanceStrategy.Constant(0.7);
        AcceptanceStrategy.All(late, high).Start(c, null).Decide(V2, Bid.Offer(V1)).ShouldBe(Decision.Accept);
        AcceptanceStrategy.All(late, high).Start(c, null).Decide(V3, Bid.Offer(V1)).ShouldBe(Decision.Reject);
        AcceptanceStrategy.Any(high, late).Start(c, null).Decide(V4, Bid.Offer(V1)).ShouldBe(Decision.Accept);
        AcceptanceStrategy.Any(high, AcceptanceStrategy.Constant(0.9)).Start(c, null).Decide(V4, Bid.Offer(V1)).ShouldBe(Decision.Reject);
        AcceptanceStrategy.Not(high).Start(c, null).Decide(V4, Bid.Offer(V1)).ShouldBe(Decision.Accept);
        AcceptanceStrategy.Not(high).Start(c, null).Decide(V1, Bid.Offer(V1)).ShouldBe(Decision.Reject);

        // WalkAway passes through: the first non-accept of All, the first non-reject of Any, unchanged by Not
        var walk = new FixedDecision(Decision.WalkAway);
        AcceptanceStrategy.All(late, walk, high).Start(c, null).Decide(V1, Bid.Offer(V1)).ShouldBe(Decision.WalkAway);
        AcceptanceStrategy.Any(AcceptanceStrategy.Constant(2), walk).Start(c, null).Decide(V1, Bid.Offer(V1)).ShouldBe(Decision.WalkAway);
        AcceptanceStrategy.Not(walk).Start(c, null).Decide(V1, Bid.Offer(V1)).ShouldBe(Decision.WalkAway);
        AcceptanceStrategy.All(late, high).Describe().ShouldBe("All(AC_time(0.9), AC_const(0.7))");
        AcceptanceStrategy.Not(high).Describe().ShouldBe("Not(AC_const(0.7))");
    }

    [Fact]
    public void MiCROAcceptance_ComparesWithTheLowestPlannedProposal()
    {
        (SessionContext c, _) = ContextFor(Tiny, 0);
        IAcceptanceStrategy ac = new MiCROAcceptance().Start(c, null);
        ac.Decide(V3, Bid.Offer(V2)).ShouldBe(Decision.Reject); // 0.6 < 0.8
        ac.Decide(V2, Bid.Offer(V1)).ShouldBe(Decision.Accept); // a repeat of ω1 planned, but ω2 (0.8) was planned before
        ac.Decide(V3, Bid.Offer(V3)).ShouldBe(Decision.Accept);
    }

    [Fact]
    public void FrequencyModel_LearnsStableIssuesAndFrequentValues()
    {
        // Given a 2-issue space; the opponent keeps issue 1 at value 2 and varies issue 2
        var space = new OutcomeSpace("s", [new DiscreteIssue("a", ["a1", "a2", "a3"]), new DiscreteIssue("b", ["b1", "b2", "b3"])]);
        var profile = new LinearAdditiveProfile("p", space, [0.5, 0.5], [new DiscreteEvaluator([1, 0.5, 0]), new DiscreteEvaluator([1, 0.5, 0])]);
        var scenario = new Scenario("s", space, [new Party("me", profile), new Party("them", profile.WithName("them"))]);
        (SessionContext c, _) = ContextFor(scenario, 0);
        IOpponentModel model = new FrequencyOpponentModel().Start(c);
        foreach (int b in new[] { 0, 1, 2, 0, 1 })
        {
            model.Update(1, space.Encode([2, b]));
        }

        // Then outcomes with a = a3 are estimated best for them, and issue a weighs more than issue b
        double withA3 = model.EstimatedUtility(1, space.Encode([2, 0]));
        double withA1 = model.EstimatedUtility(1, space.Encode([0, 0]));
        withA3.ShouldBeGreaterThan(withA1);
        withA3.ShouldBeLessThanOrEqualTo(1.0);
        (model.EstimatedUtility(1, space.Encode([2, 2])) - model.EstimatedUtility(1, space.Encode([0, 2])))
            .ShouldBeGreaterThan(model.EstimatedUtility(1, space.Encode([2, 0])) - model.EstimatedUtility(1, space.Encode([2, 2])));
        model.EstimatedUtility(0, space.Encode([2, 0])).ShouldBe(0); // no model of ourselves
    }

    [Fact]
    public void BestForOpponentsSelector_PicksTheBestEstimateAmongOutcomesMeetingTheTarget()
    {
        (SessionContext c, _) = ContextFor(Tiny, 0);
        var model = new ScriptedModel([0.1, 0.9, 0.3, 0.95, 1]);
        IOfferSelector selector = new BestForOpponentsSelector(window: 3).Start(c, model);
        selector.SelectRank(0.55).ShouldBe(1); // among v1, v2, v3 (≥ 0.55) v2 is estimated best for them
        c.SortedIndex.OutcomeAt(selector.SelectRank(0.35)).ShouldBe(V4); // window v2..v4: v4 0.95
        selector.SelectRank(1.5).ShouldBe(0);
    }

    private sealed class ScriptedModel(double[] estimates) : IOpponentModel
    {
        public void Update(int party, OutcomeIndex offer)
        {
        }

        public double EstimatedUtility(int party, OutcomeIndex outcome) => estimates[outcome.Value];
    }
}
