using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;

namespace Winset.Core.Tests.Negotiation;

/// <summary>MiCRO and tit-for-tat on a one-issue space of 5 values with hand-chosen utilities.</summary>
public sealed class MiCROAndTitForTatTests
{
    // Party 1 ranks v1 > v2 > v3 > v4 > v5; party 2 the other way round.
    private static readonly Scenario Tiny = NegotiationFixtures.OneIssue(
        [[1.0, 0.8, 0.6, 0.4, 0.2], [0.2, 0.4, 0.6, 0.8, 1.0]],
        [0.3, 0.0]);

    [Fact]
    public void MiCRO_OpponentRepeats_ConcedesOnlyOnce()
    {
        // Given an opponent that offers v5 over and over (one distinct offer)
        var outcome = Session.Run(Tiny, [NegotiationFixtures.Preset("micro"), NegotiationFixtures.Scripted("stubborn", 4)], NegotiationFixtures.Rounds(10));

        // Then MiCRO proposes ω1 (v1), concedes to ω2 (v2) once, and afterwards only repeats ω1 or ω2
        List<int> offers = NegotiationFixtures.MovesOf(outcome.Trace, 0).Select(m => m.Outcome!.Value.Value).ToList();
        offers[0].ShouldBe(0);
        offers[1].ShouldBe(1);
        offers.Skip(2).ShouldAllBe(o => o == 0 || o == 1);
        outcome.Result.Ended.ShouldBe(SessionEnd.Deadline);
    }

    [Fact]
    public void MiCRO_OpponentMakesNewOffers_ConcedesOneStepPerDistinctOffer_StopsAtReservation()
    {
        // Given an opponent whose offers are all different (v5, v5 again, v4, v3 ... never acceptable until late)
        var outcome = Session.Run(Tiny, [NegotiationFixtures.Preset("micro"), NegotiationFixtures.Scripted("conceding", 4, 4, 3, 3, 3, 3, 3)], NegotiationFixtures.Rounds(8));

        // Then MiCRO concedes: v1; v2 (1 distinct received); repeat (still 1 distinct); v3 (2 distinct);
        // and never proposes v5 (0.2 < its reservation value 0.3)
        List<int> offers = NegotiationFixtures.MovesOf(outcome.Trace, 0).Where(m => m.Action == MoveAction.Offer).Select(m => m.Outcome!.Value.Value).ToList();
        offers.Take(2).ShouldBe([0, 1]);
        offers[2].ShouldBeOneOf(0, 1);
        offers[3].ShouldBe(2);
        offers.ShouldNotContain(4);
    }

    [Fact]
    public void MiCRO_AcceptsAnOfferAsGoodAsItsNextProposal()
    {
        // Given an opponent that first offers v5, then v2 (worth 0.8 to MiCRO, its next proposal once ready)
        var outcome = Session.Run(Tiny, [NegotiationFixtures.Preset("micro"), NegotiationFixtures.Scripted("deal", 4, 1)], NegotiationFixtures.Rounds(10));

        // Then MiCRO accepts v2 on its next turn
        outcome.Result.Ended.ShouldBe(SessionEnd.Agreement);
        outcome.Result.Agreement.ShouldBe(new OutcomeIndex(1));
        outcome.Trace[outcome.Trace.Count - 1].Party.ShouldBe(0);
        outcome.Trace[outcome.Trace.Count - 1].Action.ShouldBe(MoveAction.Accept);
    }

    [Fact]
    public void MiCRO_RejectsAnOfferBelowItsNextProposal()
    {
        // v4 is worth 0.4 to MiCRO; its next proposal is v2 (0.8): reject
        var outcome = Session.Run(Tiny, [NegotiationFixtures.Preset("micro"), NegotiationFixtures.Scripted("low", 3)], NegotiationFixtures.Rounds(3));
        outcome.Trace.Moves.ToArray().ShouldNotContain(m => m.Action == MoveAction.Accept);
    }

    [Fact]
    public void TitForTat_MirrorsTheOpponentsRelativeConcession()
    {
        // Given the opponent moves from v5 (u1 = 0.2) to v4 (u1 = 0.4): its utility, estimated as 1 − u1, falls from
        // 0.8 to 0.6, a ratio of 0.75; tit-for-tat's target falls from 1 to 0.75, so it offers v2 (0.8, the lowest ≥ 0.75)
        var outcome = Session.Run(Tiny, [NegotiationFixtures.Preset("titfortat"), NegotiationFixtures.Scripted("opponent", 4, 3, 3)], NegotiationFixtures.Rounds(4));
        List<int> offers = NegotiationFixtures.MovesOf(outcome.Trace, 0).Select(m => m.Outcome!.Value.Value).ToList();

        offers[0].ShouldBe(0); // no concession before the opponent's second offer
        offers[1].ShouldBe(0); // after v5 only
        offers[2].ShouldBe(1); // after v5 → v4: target 0.75
        offers[3].ShouldBe(1); // the opponent repeats: ratio 1, no further concession
    }

    [Fact]
    public void TitForTat_OpponentBacktracks_TargetRisesAgain()
    {
        var outcome = Session.Run(Tiny, [NegotiationFixtures.Preset("titfortat"), NegotiationFixtures.Scripted("opponent", 4, 3, 4)], NegotiationFixtures.Rounds(4));
        List<int> offers = NegotiationFixtures.MovesOf(outcome.Trace, 0).Select(m => m.Outcome!.Value.Value).ToList();
        offers[2].ShouldBe(1);
        offers[3].ShouldBe(0); // 0.75 · 0.8/0.6 = 1
    }

    [Fact]
    public void Hardliner_AlwaysOffersItsBest()
    {
        var outcome = Session.Run(Tiny, [NegotiationFixtures.Scripted("opponent", 4, 3, 2, 1), NegotiationFixtures.Preset("hardliner")], NegotiationFixtures.Rounds(4));
        NegotiationFixtures.MovesOf(outcome.Trace, 1).ShouldAllBe(m => m.Outcome == new OutcomeIndex(4));
    }

    [Fact]
    public void Random_OffersOnlyAboveReservation()
    {
        var outcome = Session.Run(Tiny, [NegotiationFixtures.Preset("random"), NegotiationFixtures.Scripted("opponent", 4)], NegotiationFixtures.Rounds(50, seed: 3));
        List<int> offers = NegotiationFixtures.MovesOf(outcome.Trace, 0).Select(m => m.Outcome!.Value.Value).ToList();
        offers.ShouldAllBe(o => o <= 3); // v5 (0.2) is below the reservation value 0.3
        offers.Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void NiceTitForTat_AgainstAConceder_Agrees()
    {
        Scenario scenario = ScenarioGenerator.LinearAdditive(11, parties: 2, issues: 3, valuesPerIssue: 5);
        var outcome = Session.Run(scenario, [NegotiationFixtures.Preset("nicetft"), NegotiationFixtures.Preset("conceder")], NegotiationFixtures.Rounds(100));
        outcome.Result.Ended.ShouldBe(SessionEnd.Agreement);
    }
}
