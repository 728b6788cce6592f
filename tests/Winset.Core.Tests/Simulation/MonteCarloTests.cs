using System.Text;
using Winset.Core.Tests.TwoLevelNegotiation;
using Winset.Diagnostics;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;
using Winset.Negotiation.TwoLevel;
using Winset.Simulation;

namespace Winset.Core.Tests.Simulation;

public sealed class MonteCarloTests
{
    private static readonly Lazy<PreparedScenario> Flagship = new(() => PreparedScenario.Create(SimulationWorkloads.FlagshipShaped(3)));

    private static Agent[] Agents(Scenario s) => [.. MonteCarlo.DefaultAgents(s).Select(AgentPresets.Create)];

    private static string Fingerprint(MonteCarloReport r)
    {
        var sb = new StringBuilder();
        foreach (RunSummary run in r.RunResults)
        {
            sb.Append(run.Run).Append(':').Append(run.Seed).Append(':').Append(run.Category).Append(':').Append(run.Round).Append(':')
                .Append(run.Agreement?.Value ?? -1).Append(':').AppendJoin(',', run.Utilities).Append(':').AppendJoin(',', run.AppliedEvents).Append('\n');
        }

        foreach (PressRelease p in r.Outcomes)
        {
            sb.Append(p.Kind).Append(p.Runs).Append(p.Outcome?.Value ?? -1).Append(p.MeanRound).Append('\n');
        }

        sb.AppendJoin(',', r.Counts).Append(r.AgreementTimes.MeanRound).AppendJoin(',', r.AgreementTimes.Histogram.Select(h => $"{h.Round}:{h.Count}"));
        return sb.ToString();
    }

    [Fact]
    public void Run_SameSeed_SameReport_AndAnotherSeedAnotherOne()
    {
        var options = new MonteCarloOptions { Runs = 300, Seed = 5, Noise = 0.08, BeliefNoise = 0.03 };
        Scenario s = Flagship.Value.Scenario;
        string a = Fingerprint(MonteCarlo.Run(Flagship.Value, Agents(s), options));
        string b = Fingerprint(MonteCarlo.Run(Flagship.Value, Agents(s), options));
        a.ShouldBe(b);
        options.Seed = 6;
        Fingerprint(MonteCarlo.Run(Flagship.Value, Agents(s), options)).ShouldNotBe(a);
    }

    [Theory]
    [InlineData(Information.Estimated, 0.0)]
    [InlineData(Information.Estimated, 0.05)]
    [InlineData(Information.Complete, 0.0)]
    public void Run_Parallelism1And2And4_GiveTheIdenticalReport(Information information, double beliefNoise)
    {
        Scenario s = Flagship.Value.Scenario;
        MonteCarloReport Go(int jobs) => MonteCarlo.Run(
            Flagship.Value, Agents(s), new MonteCarloOptions { Runs = 200, Seed = 9, Noise = 0.05, BeliefNoise = beliefNoise, Information = information, Parallelism = jobs });
        string one = Fingerprint(Go(1));
        Fingerprint(Go(2)).ShouldBe(one);
        Fingerprint(Go(4)).ShouldBe(one);
    }

    [Fact]
    public void Run_CategoriesPartitionTheRuns_AndPressReleasesSumToOne()
    {
        // Given the oracle (agreement space [20, 40]) where, in some runs, China's hawks harden (no overlap left: a
        // delay) or a shock makes every deal worse than none for China (it walks away: a breakdown), and noise on the
        // thresholds (some deals fail at home)
        Scenario s = TwoLevelFixtures.Oracle(20, 40, timeline: new Timeline(20,
        [
            new TimelineEvent(2, "hawks harden", [new StateChange(1, 0, ChangeTarget.Threshold, 0.35, Relative: true)], probability: 0.3),
            new TimelineEvent(3, "shock", [new StateChange(1, null, ChangeTarget.Reservation, 1.01)], probability: 0.3),
        ]));
        Agent[] agents = [AgentPresets.Create("aware:boulware"), AgentPresets.Create("aware(patience=0.1):conceder")];
        MonteCarloReport r = MonteCarlo.Run(s, agents, new MonteCarloOptions { Runs = 400, Seed = 1, Noise = 0.1 });

        // Then every kind of ending happens, and the categories partition the runs
        r.Count(RunCategory.RatifiedAgreement).ShouldBeGreaterThan(0);
        r.Count(RunCategory.RatificationFailure).ShouldBeGreaterThan(0);
        r.Count(RunCategory.NoAgreement).ShouldBeGreaterThan(0);
        r.Count(RunCategory.Breakdown).ShouldBeGreaterThan(0);
        r.Runs.ShouldBe(400);
        r.Counts.Sum().ShouldBe(400);
        foreach (RunCategory c in Enum.GetValues<RunCategory>())
        {
            r.Count(c).ShouldBe(r.RunResults.Count(x => x.Category == c));
        }

        (r.PRatifiedAgreement + r.PRatificationFailure + r.PNoAgreement + r.PBreakdown + r.PError).ShouldBe(1.0, 1e-12);

        // And the press releases too, most likely first
        r.Outcomes.Sum(o => o.Runs).ShouldBe(400);
        r.Outcomes.Sum(o => o.Probability).ShouldBe(1.0, 1e-12);
        r.Outcomes.Select(o => o.Probability).ShouldBeInOrder(SortDirection.Descending);
        r.Outcomes.Where(o => o.Kind is PressReleaseKind.Deal or PressReleaseKind.OtherDeals).Sum(o => o.Runs).ShouldBe(r.Count(RunCategory.RatifiedAgreement));
        r.Outcomes.Single(o => o.Kind == PressReleaseKind.Delay).Probability.ShouldBe(r.PNoAgreement);
        r.Outcomes.Single(o => o.Kind == PressReleaseKind.Breakdown).Probability.ShouldBe(r.PBreakdown);
        r.Outcomes.Single(o => o.Kind == PressReleaseKind.RatificationFailure).Probability.ShouldBe(r.PRatificationFailure);
        r.Outcomes.Count(o => o.Kind == PressReleaseKind.Deal).ShouldBeLessThanOrEqualTo(3);
        foreach (PressRelease p in r.Outcomes.Where(o => o.Kind == PressReleaseKind.Deal))
        {
            p.Terms.Select(t => t.Key).ShouldBe(["x"]);
            p.Terms[0].Value.Number.ShouldBe(p.Outcome!.Value.Value);
            p.Utilities.Length.ShouldBe(2);
        }

        r.AgreementTimes.Count.ShouldBe(r.Count(RunCategory.RatifiedAgreement));
        r.AgreementTimes.Histogram.Sum(h => h.Count).ShouldBe(r.AgreementTimes.Count);
    }

    [Fact]
    public void Run_Clusters_PoolTheRareDeals_AndRadiusZeroKeepsIdenticalOutcomesApart()
    {
        Scenario s = Flagship.Value.Scenario;
        Agent[] agents = [AgentPresets.Create("aware(patience=1):random"), AgentPresets.Create("aware(patience=1):random")];
        MonteCarloReport r = MonteCarlo.Run(Flagship.Value, agents, new MonteCarloOptions { Runs = 300, Seed = 2, Noise = 0, ClusterRadius = 0, MaxDealClusters = 2 });
        int distinct = r.RunResults.Where(x => x.Category == RunCategory.RatifiedAgreement).Select(x => x.Agreement).Distinct().Count();
        distinct.ShouldBeGreaterThan(2);
        PressRelease[] deals = [.. r.Outcomes.Where(o => o.Kind == PressReleaseKind.Deal)];
        deals.Length.ShouldBe(2);
        deals.ShouldAllBe(d => d.DistinctOutcomes == 1);
        foreach (PressRelease d in deals)
        {
            d.Runs.ShouldBe(r.RunResults.Count(x => x.Category == RunCategory.RatifiedAgreement && x.Agreement == d.Outcome));
        }

        PressRelease other = r.Outcomes.Single(o => o.Kind == PressReleaseKind.OtherDeals);
        other.DistinctOutcomes.ShouldBe(distinct - 2);

        // A radius as large as the utility square puts every deal in one cluster.
        MonteCarloReport one = MonteCarlo.Run(Flagship.Value, agents, new MonteCarloOptions { Runs = 300, Seed = 2, Noise = 0, ClusterRadius = 1 });
        one.Outcomes.Count(o => o.Kind == PressReleaseKind.Deal).ShouldBe(1);
        one.Outcomes.Single(o => o.Kind == PressReleaseKind.Deal).DistinctOutcomes.ShouldBe(distinct);
    }

    [Fact]
    public void Run_EventsWithProbabilityP_HappenInAboutAShareP_OfTheRuns()
    {
        // Given events at round 1 (always reached) with probabilities 0.1, 0.5 and 0.85
        double[] p = [0.1, 0.5, 0.85];
        var events = p.Select((x, i) => new TimelineEvent(1, "e" + i, [new StateChange(0, 0, ChangeTarget.Mobilisation, 1.0)], probability: x));
        Scenario s = TwoLevelFixtures.Oracle(20, 60, timeline: new Timeline(10, events));
        const int runs = 4000;
        MonteCarloReport r = MonteCarlo.Run(s, Agents(s), new MonteCarloOptions { Runs = runs, Seed = 17, Noise = 0 });

        for (int i = 0; i < p.Length; i++)
        {
            // Within four standard deviations of the binomial.
            double sd = Math.Sqrt(p[i] * (1 - p[i]) / runs);
            r.Events[i].Frequency.ShouldBe(p[i], 4 * sd);
            r.Events[i].Runs.ShouldBe(r.RunResults.Count(x => x.AppliedEvents.Contains(i)));
        }

        // And the draws are independent of each other: both of the first two happen in about 0.05 of the runs.
        double both = r.RunResults.Count(x => x.AppliedEvents.Contains(0) && x.AppliedEvents.Contains(1)) / (double)runs;
        both.ShouldBe(0.05, 4 * Math.Sqrt(0.05 * 0.95 / runs));
    }

    [Fact]
    public void Run_T4_FailuresAppearWithNoise_AndGrowWithIt()
    {
        // Given the flagship-shaped scenario and negotiators who estimate their win-sets from the scenario's thresholds
        Scenario s = Flagship.Value.Scenario;
        double[] sigmas = [0, 0.01, 0.03, 0.1, 0.3];
        double[] failure = [.. sigmas.Select(sigma =>
            MonteCarlo.Run(Flagship.Value, Agents(s), new MonteCarloOptions { Runs = 1000, Seed = 4, Noise = sigma }).PRatificationFailure)];

        // Then without noise nothing fails, and the failure rate grows with the noise
        failure[0].ShouldBe(0);
        failure[1].ShouldBeGreaterThan(0);
        for (int i = 1; i < sigmas.Length; i++)
        {
            failure[i].ShouldBeGreaterThan(failure[i - 1], $"σ = {sigmas[i]}: {string.Join(", ", failure)}");
        }
    }

    [Theory]
    [InlineData(Information.Complete)]
    [InlineData(Information.Private)]
    public void Run_T4_NegotiatorsWhoKnowTheirTrueWinSet_NeverFailRatification_WhateverTheNoise(Information information)
    {
        Scenario s = Flagship.Value.Scenario;
        MonteCarloReport r = MonteCarlo.Run(Flagship.Value, Agents(s), new MonteCarloOptions { Runs = 200, Seed = 4, Noise = 0.2, Information = information });
        r.PRatificationFailure.ShouldBe(0);
        r.PRatifiedAgreement.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Run_T6_PrivateWinSets_DelayTheDeal_AndBothSidesEndWorseOff()
    {
        // Given the oracle (agreement space [20, 40]) with costly time (discount 0.3)
        Scenario s = TwoLevelFixtures.Oracle(20, 40, discount: 0.3);
        Agent[] agents = [AgentPresets.Create("aware:conceder"), AgentPresets.Create("aware:conceder")];
        SessionResult Go(Information information) =>
            Session.Run(s, agents, new SessionOptions { Rounds = 100, Information = information }).Result;

        // When each side knows only its own win-set, instead of both
        SessionResult complete = Go(Information.Complete);
        SessionResult hidden = Go(Information.Private);

        // Then both agree and ratify, but later, and each side gets less
        complete.IsRatifiedAgreement.ShouldBeTrue();
        hidden.IsRatifiedAgreement.ShouldBeTrue();
        hidden.Round.ShouldBeGreaterThan(complete.Round);
        hidden.Utilities[0].ShouldBeLessThan(complete.Utilities[0]);
        hidden.Utilities[1].ShouldBeLessThan(complete.Utilities[1]);

        // And the same in expectation over noisy runs
        MonteCarloReport mcComplete = MonteCarlo.Run(s, agents, new MonteCarloOptions { Runs = 200, Noise = 0.05, Information = Information.Complete });
        MonteCarloReport mcPrivate = MonteCarlo.Run(s, agents, new MonteCarloOptions { Runs = 200, Noise = 0.05, Information = Information.Private });
        mcPrivate.AgreementTimes.MeanRound!.Value.ShouldBeGreaterThan(mcComplete.AgreementTimes.MeanRound!.Value);
        mcPrivate.MeanUtilities[0].ShouldBeLessThan(mcComplete.MeanUtilities[0]);
        mcPrivate.MeanUtilities[1].ShouldBeLessThan(mcComplete.MeanUtilities[1]);
    }

    [Fact]
    public void Run_AgreementTimes_HaveQuantilesAndDatesFromTheCalendar()
    {
        Scenario s = Flagship.Value.Scenario;
        MonteCarloReport r = MonteCarlo.Run(Flagship.Value, Agents(s), new MonteCarloOptions { Runs = 200, Seed = 1 });
        r.Deadline.ShouldBe(35);
        r.AgreementTimes.Count.ShouldBeGreaterThan(0);
        r.AgreementTimes.Quantiles.Select(q => q.Probability).ShouldBe([0.1, 0.25, 0.5, 0.75, 0.9]);
        r.AgreementTimes.Quantiles.Select(q => q.Round).ShouldBeInOrder(SortDirection.Ascending);
        foreach (RoundQuantile q in r.AgreementTimes.Quantiles)
        {
            q.Date.ShouldBe(new DateOnly(1999, 4, 1).AddDays((q.Round - 1) * 7));
        }

        int[] rounds = [.. r.RunResults.Where(x => x.Category == RunCategory.RatifiedAgreement).Select(x => x.Round).Order()];
        r.AgreementTimes.Quantiles[2].Round.ShouldBe(rounds[(int)Math.Ceiling(0.5 * rounds.Length) - 1]);
        r.AgreementTimes.MeanRound!.Value.ShouldBe(rounds.Average(), 1e-9);
    }

    [Fact]
    public void Run_ReplayingARunBySeed_GivesItsResult()
    {
        Scenario s = Flagship.Value.Scenario;
        var options = new MonteCarloOptions { Runs = 20, Seed = 3, Noise = 0.1 };
        MonteCarloReport r = MonteCarlo.Run(Flagship.Value, Agents(s), options);
        RunSummary run = r.RunResults[13];
        run.Seed.ShouldBe(MonteCarlo.RunSeed(3, 13));
        SessionResult replay = Session.Run(Flagship.Value, Agents(s), new SessionOptions { Seed = run.Seed, Noise = 0.1 }).Result;
        replay.Round.ShouldBe(run.Round);
        replay.Agreement.ShouldBe(run.Agreement);
        RunSummary.CategoryOf(replay).ShouldBe(run.Category);
    }

    [Fact]
    public void Run_BadOptions_ThrowOneInputExceptionListingEveryProblem()
    {
        Scenario s = Flagship.Value.Scenario;
        var e = Should.Throw<InputException>(() => MonteCarlo.Run(Flagship.Value, Agents(s), new MonteCarloOptions { Runs = 0, Noise = -0.1, Parallelism = -2 }));
        e.Message.ShouldBe(
            SimulationErrorMessages.BadRuns(0) + " " + NegotiationErrorMessages.BadNoise("threshold noise", -0.1) + " " + SimulationErrorMessages.BadParallelism(-2));

        Should.Throw<InputException>(() => MonteCarlo.Run(Flagship.Value, [AgentPresets.Create("boulware")], new MonteCarloOptions()))
            .Message.ShouldBe(NegotiationErrorMessages.AgentCountMismatch(2, 1, "boulware"));
    }

    [Fact]
    public void RunSeed_IsDeterministic_AndSpreadsRuns()
    {
        MonteCarlo.RunSeed(0, 0).ShouldBe(MonteCarlo.RunSeed(0, 0));
        Enumerable.Range(0, 10_000).Select(i => MonteCarlo.RunSeed(42, i)).Distinct().Count().ShouldBe(10_000);
        MonteCarlo.RunSeed(1, 0).ShouldNotBe(MonteCarlo.RunSeed(0, 1));
    }
}
