using CsCheck;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Negotiation.TwoLevel;
using Winset.Simulation;

namespace Winset.Core.Tests.TwoLevelNegotiation;

/// <summary>T4 (first half): with complete information, ratification-aware negotiators never sign what fails at home.</summary>
public sealed class RatificationPropertyTests
{
    private static readonly string[] Inner = ["boulware", "conceder", "linear", "aspiration", "random", "hardliner", "micro", "titfortat", "nicetft"];

    private static readonly Gen<Case> Cases = Gen.Select(
        Gen.Int,
        Gen.Int[1, 3],
        Gen.Int[5, 40],
        Gen.OneOf(Gen.Const(Information.Complete), Gen.Const(Information.Private)),
        Gen.OneOf(Gen.Const(0.0), Gen.Const(0.05), Gen.Const(0.2)),
        Gen.Int[0, int.MaxValue].Array[2],
        (seed, issues, rounds, information, noise, pick) =>
        {
            var random = new Random(seed);
            var values = new int[issues];
            for (int i = 0; i < issues; i++)
            {
                values[i] = random.Next(2, 6);
            }

            Scenario s = SimulationWorkloads.RandomTwoLevel(random, 2, values, random.Next(1, 5), 0.5);
            if (random.Next(2) == 0)
            {
                s = new Scenario(s.Name, s.Space, s.Parties, timeline: RandomTimeline(random, s, rounds));
            }

            return new Case(s, [.. pick.Select(p => "aware:" + Inner[p % Inner.Length])], rounds, seed, information, noise);
        });

    [Theory]
    [InlineData(null)]
    // Regressions: a proposer's standing offer left its own win-set when an event struck, and was then accepted.
    // Offers now lapse when the timeline changes the state.
    [InlineData("4FmXWYprcoA1")]
    [InlineData("1q15zf87yPh2")]
    [InlineData("cTR7NG_bxU-2")]
    public void Run_CompleteOrPrivateInformation_AwareNegotiators_NoAgreementFailsRatification(string? seed)
    {
        Cases.Sample(c =>
        {
            SessionResult r = Session.Run(
                c.Scenario,
                [.. c.Agents.Select(AgentPresets.Create)],
                new SessionOptions { Rounds = c.Rounds, Seed = c.Seed, Information = c.Information, Noise = c.Noise }).Result;
            r.Ended.ShouldNotBe(SessionEnd.Error, r.ErrorMessage);
            r.Ratified.ShouldNotBe(false, $"{c}: signed {r.Agreement} in round {r.Round}, rejected by {string.Join(",", r.RatificationFailedBy)}");
        }, seed: seed, iter: seed is null ? 300 : 1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1q15zf87yPh2")]
    [InlineData("cTR7NG_bxU-2")]
    public void Run_EstimatedInformationWithoutNoise_NoAgreementFailsRatification(string? seed)
    {
        Cases.Sample(c =>
        {
            SessionResult r = Session.Run(
                c.Scenario,
                [.. c.Agents.Select(AgentPresets.Create)],
                new SessionOptions { Rounds = c.Rounds, Seed = c.Seed, Information = Information.Estimated }).Result;
            r.Ratified.ShouldNotBe(false, c.ToString());
        }, seed: seed, iter: seed is null ? 150 : 1);
    }

    private static Timeline RandomTimeline(Random random, Scenario s, int rounds)
    {
        var events = new List<TimelineEvent>();
        int count = random.Next(1, 6);
        for (int i = 0; i < count; i++)
        {
            int party = random.Next(2);
            int k = random.Next(s.Parties[party].Constituencies.Length);
            int round = random.Next(1, rounds + 1);
            double p = random.Next(3) == 0 ? 0.5 : 1;
            events.Add(random.Next(4) switch
            {
                0 => new TimelineEvent(round, "mobilise", [new StateChange(party, k, ChangeTarget.Mobilisation, random.NextDouble())], probability: p),
                1 => new TimelineEvent(round, "threshold", [new StateChange(party, k, ChangeTarget.Threshold, (random.NextDouble() - 0.5) * 0.2, Relative: random.Next(2) == 0)], probability: p),
                2 => new TimelineEvent(round, "shock", [new StateChange(party, null, ChangeTarget.Reservation, random.NextDouble() * 0.8)], probability: p),
                _ => new TimelineEvent(round, "disclose", disclosure: new Disclosure(party, null, 1.0), probability: p),
            });
        }

        return new Timeline(rounds, events);
    }

    private sealed record Case(Scenario Scenario, string[] Agents, int Rounds, int Seed, Information Information, double Noise)
    {
        public override string ToString() =>
            $"seed {Seed}, {Scenario.Space.Issues.Length} issues, {string.Join(" vs ", Agents)}, {Rounds} rounds, {Information}, σ={Noise}, timeline={Scenario.Timeline is not null}";
    }
}
