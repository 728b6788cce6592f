using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents.Bidding;

namespace Winset.Core.Tests.Negotiation;

public sealed class TimeDependentBiddingTests
{
    [Theory]
    [InlineData(0.0, 1.0, 0.0, 1.0)] // t = 0: P_max
    [InlineData(1.0, 1.0, 0.0, 0.2)] // t = 1: P_min
    [InlineData(0.5, 1.0, 0.0, 0.6)] // linear: 0.2 + 0.8·0.5
    [InlineData(0.5, 0.2, 0.0, 0.975)] // Boulware: 0.2 + 0.8·(1 − 0.5^5) = 0.2 + 0.8·0.96875
    [InlineData(0.25, 2.0, 0.0, 0.6)] // Conceder: 0.2 + 0.8·(1 − 0.25^0.5) = 0.2 + 0.8·0.5
    [InlineData(0.0, 1.0, 0.1, 0.92)] // initial concession k: 1 − 0.1·0.8
    [InlineData(0.5, 1.0, 0.5, 0.4)] // F = 0.5 + 0.5·0.5 = 0.75: 0.2 + 0.8·0.25
    public void Target_GivenTime_MatchesFaratinFormula(double t, double e, double k, double expected)
    {
        TimeDependentBidding.Target(t, pMin: 0.2, pMax: 1.0, e, k).ShouldBe(expected, 1e-12);
    }

    [Fact]
    public void Target_BoulwareAboveLinearAboveConceder_InsideTheRun()
    {
        for (double t = 0.05; t < 1; t += 0.05)
        {
            double boulware = TimeDependentBidding.Target(t, 0, 1, 0.2);
            double linear = TimeDependentBidding.Target(t, 0, 1, 1);
            double conceder = TimeDependentBidding.Target(t, 0, 1, 2);
            boulware.ShouldBeGreaterThan(linear);
            linear.ShouldBeGreaterThan(conceder);
        }
    }

    [Theory]
    [InlineData("boulware", 0.2)]
    [InlineData("linear", 1.0)]
    [InlineData("conceder", 2.0)]
    [InlineData("boulware(e=0.1)", 0.1)]
    public void Offers_AreTheLowestOutcomeMeetingTheTarget(string preset, double e)
    {
        // Given a 2-issue scenario with a reservation value, against an opponent that never accepts
        Scenario scenario = ScenarioGenerator.LinearAdditive(7, parties: 2, issues: 2, valuesPerIssue: 8, maxReservationValue: 0.6);
        var prepared = PreparedScenario.Create(scenario);
        var outcome = Session.Run(prepared, [NegotiationFixtures.Preset(preset), NegotiationFixtures.Scripted("wall", 0)], NegotiationFixtures.Rounds(40));

        // Then every offer is the outcome with the lowest utility ≥ target(t), P_min = max(rv, min u), P_max = max u
        SortedUtilityIndex index = prepared.SortedIndex(0);
        double pMin = Math.Max(scenario.Parties[0].Profile.ReservationValue, index.MinUtility);
        foreach (Move m in NegotiationFixtures.MovesOf(outcome.Trace, 0))
        {
            double target = TimeDependentBidding.Target(m.Time, pMin, index.MaxUtility, e);
            double u = prepared.Utilities(0)[m.Outcome!.Value.Value];
            u.ShouldBeGreaterThanOrEqualTo(target);
            prepared.Utilities(0).ToArray().Where(x => x >= target).Min().ShouldBe(u);
        }
    }

    [Fact]
    public void TwoConceders_AgreeSoonerThanTwoBoulwares()
    {
        for (int seed = 1; seed <= 5; seed++)
        {
            Scenario scenario = ScenarioGenerator.LinearAdditive(seed, parties: 2, issues: 3, valuesPerIssue: 6);
            var prepared = PreparedScenario.Create(scenario);
            SessionResult conceders = Session.Run(prepared, [NegotiationFixtures.Preset("conceder"), NegotiationFixtures.Preset("conceder")], NegotiationFixtures.Rounds(100)).Result;
            SessionResult boulwares = Session.Run(prepared, [NegotiationFixtures.Preset("boulware"), NegotiationFixtures.Preset("boulware")], NegotiationFixtures.Rounds(100)).Result;
            conceders.Ended.ShouldBe(SessionEnd.Agreement);
            if (boulwares.Ended == SessionEnd.Agreement)
            {
                conceders.Time.ShouldBeLessThan(boulwares.Time);
            }
        }
    }

    [Fact]
    public void Constructor_BadParameters_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new TimeDependentBidding(0));
        Should.Throw<ArgumentOutOfRangeException>(() => new TimeDependentBidding(double.NaN));
        Should.Throw<ArgumentOutOfRangeException>(() => new TimeDependentBidding(1, 1.5));
    }
}
