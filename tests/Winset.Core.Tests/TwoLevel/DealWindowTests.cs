using CsCheck;
using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Core.Tests.TwoLevel;

/// <summary>The deal window on a hand-made timeline and against a from-scratch recomputation on random ones.</summary>
public sealed class DealWindowTests
{
    /// <summary>
    /// The line of the brief (the US ratifies x ≥ 20, China x ≤ 70) plus Chinese state industries that approve only
    /// x ≤ 15 and start absent, over 12 weekly rounds from 1999-04-01.
    /// </summary>
    private static Scenario Story()
    {
        var down = new LinearEvaluator(-0.01, 1);
        const int US = 0, China = 1, Conservatives = 0, SOEs = 1;
        _ = Conservatives;
        var events = new[]
        {
            new TimelineEvent(3, "US publishes the concessions", disclosure: new Disclosure(China, null), date: new DateOnly(1999, 4, 15), kind: "disclose"),
            new TimelineEvent(5, "Embassy bombing", [new StateChange(China, null, ChangeTarget.Reservation, 0.9)], kind: "shock"),
            new TimelineEvent(6, "Rumour", [new StateChange(China, SOEs, ChangeTarget.Mobilisation, 0), new StateChange(China, null, ChangeTarget.Reservation, 0)], probability: 0.3),
            new TimelineEvent(8, "APEC: talks restart", [new StateChange(China, SOEs, ChangeTarget.Mobilisation, 0)]),
            new TimelineEvent(8, "Zhu's reservation back", [new StateChange(China, null, ChangeTarget.Reservation, 0)]),
            new TimelineEvent(11, "Congress turns hawkish", [new StateChange(US, 0, ChangeTarget.Threshold, 0.8)]),
        };
        var timeline = new Timeline(12, events, new DateOnly(1999, 4, 1), 7);
        return TwoLevelFixtures.Line(20, 70, timeline: timeline, extraB: china => [new Constituency("SOEs", china, 1, down.Evaluate(15), mobilisation: 0)]);
    }

    [Fact]
    public void Compute_HandMadeTimeline_OpensClosesAndReopensAtTheRightRounds()
    {
        // When
        DealWindowReport report = DealWindow.Compute(Story());

        // Then open in rounds 1–2, shut by the disclosure (round 3) and the shock, reopened at round 8, shut at round 11
        report.Steps.Length.ShouldBe(12);
        report.Steps.Select(s => s.AgreementSpaceSize).ShouldBe([51, 51, 0, 0, 0, 0, 0, 51, 51, 51, 0, 0]);
        report.OpenIntervals.ShouldBe(
        [
            new WindowInterval(1, 2, new DateOnly(1999, 4, 1), new DateOnly(1999, 4, 14)),
            new WindowInterval(8, 10, new DateOnly(1999, 5, 20), new DateOnly(1999, 6, 9)),
        ]);
        report.Transitions().Select(t => (t.Round, t.Opens)).ShouldBe([(1, true), (3, false), (8, true), (11, false)]);

        // The disclosure disclosed the best deal of round 2 (x = 50), which the state industries reject: they mobilise.
        DealWindowStep disclosure = report.Steps[2];
        disclosure.Label.ShouldBe("US publishes the concessions");
        disclosure.Date.ShouldBe(new DateOnly(1999, 4, 15));
        disclosure.WinSetSizes.ShouldBe([81, 16]);
        report.Steps[1].BestDeal!.Outcome.Value.ShouldBe(50);
        disclosure.BestDeal.ShouldBeNull();

        // The unlikely rumour did not happen; round 8 joins its two events' labels.
        report.Steps[5].Events.ShouldBeEmpty();
        report.Steps[4].IndividuallyRationalSizes[1].ShouldBe(11);
        report.Steps[7].Label.ShouldBe("APEC: talks restart; Zhu's reservation back");
        report.Steps[7].BestDeal!.Outcome.Value.ShouldBe(50);

        // Changed marks rounds with events or new figures only.
        report.Steps.Where(s => s.Changed).Select(s => s.Round).ShouldBe([1, 3, 5, 8, 11]);
    }

    [Fact]
    public void Compute_NoTimeline_OneStep()
    {
        DealWindowReport report = DealWindow.Compute(TwoLevelFixtures.Line(20, 40));
        report.Steps.Length.ShouldBe(1);
        report.Steps[0].Date.ShouldBeNull();
        report.Steps[0].Label.ShouldBe(string.Empty);
        report.Steps[0].BestDeal!.Outcome.Value.ShouldBe(40);
        report.OpenIntervals.ShouldBe([new WindowInterval(1, 1, null, null)]);
    }

    [Fact]
    public void Compute_DisclosureInRoundOne_DisclosesTheInitialBestDeal()
    {
        var down = new LinearEvaluator(-0.01, 1);
        var timeline = new Timeline(2, [new TimelineEvent(1, "leak", disclosure: new Disclosure(1, null))]);
        Scenario s = TwoLevelFixtures.Line(20, 70, timeline: timeline, extraB: china => [new Constituency("SOEs", china, 1, down.Evaluate(45), mobilisation: 0)]);
        DealWindowReport report = DealWindow.Compute(s);
        report.Initial.BestDeal!.Outcome.Value.ShouldBe(50);
        report.Steps[0].BestDeal!.Outcome.Value.ShouldBe(45);
    }

    [Fact]
    public void Compute_RandomTimelines_EqualsFromScratch()
    {
        TwoLevelFixtures.Scenarios.Sample(s =>
        {
            DealWindowReport report = DealWindow.Compute(s);
            var matrix = LevelTwoMatrix.Compute(s);
            LevelTwoState state = LevelTwoState.Initial(s);
            int? best = TwoLevelFixtures.BruteNash(matrix, state, ReferenceWinSets.AgreementSpace(matrix, state))?.Outcome;
            int rounds = s.Timeline?.Rounds ?? 1;
            report.Steps.Length.ShouldBe(rounds);
            for (int r = 1; r <= rounds; r++)
            {
                Outcome? standing = best is { } b ? s.Space.OutcomeAt(new OutcomeIndex(b)) : null;
                foreach (TimelineEvent e in s.Timeline?.Events.Where(e => e.Round == r && e.Probability >= 0.5) ?? [])
                {
                    state = state.Apply(e, s, standing);
                }

                OutcomeSet space = ReferenceWinSets.AgreementSpace(matrix, state);
                best = TwoLevelFixtures.BruteNash(matrix, state, space)?.Outcome;
                DealWindowStep step = report.Steps[r - 1];
                step.Round.ShouldBe(r);
                step.AgreementSpaceSize.ShouldBe(space.Count);
                step.BestDeal?.Outcome.Value.ShouldBe(best!.Value);
                (step.BestDeal is null).ShouldBe(best is null);
                for (int p = 0; p < s.Parties.Length; p++)
                {
                    step.WinSetSizes[p].ShouldBe(ReferenceWinSets.Compute(matrix, state, p).Count);
                }
            }

            // Intervals are the maximal runs of open rounds.
            var open = report.Steps.Where(x => x.IsOpen).Select(x => x.Round).ToHashSet();
            report.OpenIntervals.SelectMany(i => Enumerable.Range(i.FirstRound, i.LastRound - i.FirstRound + 1)).ShouldBe(open.Order());
            for (int i = 1; i < report.OpenIntervals.Length; i++)
            {
                report.OpenIntervals[i].FirstRound.ShouldBeGreaterThan(report.OpenIntervals[i - 1].LastRound + 1);
            }
        }, iter: 150);
    }
}
