using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// The deal window of a scenario: for each time step, the agreement space and its best deal, and the intervals of
/// rounds during which a deal is possible.
/// </summary>
/// <remarks>
/// <para><b>Steps.</b> Rounds 1..<see cref="Timeline.Rounds"/> (one step when the scenario has no timeline). Step r is the
/// state <see cref="LevelTwoState.Initial"/> after every event of rounds 1..r, applied in timeline order with
/// <see cref="LevelTwoState.Apply"/>.</para>
/// <para><b>Deterministic view of uncertain events.</b> An event happens when its probability is at least
/// <see cref="ProbabilityCutoff"/> (0.5) and is ignored otherwise; Monte Carlo simulation is where probabilities count.</para>
/// <para><b>Disclosures without an offer</b> disclose the best deal of the step before (round r − 1, or the initial
/// state for round 1): its losers mobilise. When that step had no deal there is nothing to disclose and the disclosure
/// changes nothing (its other changes still apply).</para>
/// <para><b>Best deal.</b> The Nash solution within the agreement space, argmax Π_i (u_i − r_i) with the step's
/// reservation values, on the tie grid of <see cref="AnalysisOptions"/>, the smallest index among ties
/// (<see cref="WinSetTracker.BestDeal"/>).</para>
/// <para><b>Cost.</b> One <see cref="WinSetTracker"/> runs through the steps: a round without events costs nothing, and
/// an event costs what it changes (see the tracker).</para>
/// </remarks>
public static class DealWindow
{
    /// <summary>Events at least this likely happen in the deterministic window; less likely ones do not.</summary>
    public const double ProbabilityCutoff = 0.5;

    /// <summary>Computes the utilities (<see cref="LevelTwoMatrix.Compute"/>) and the window.</summary>
    public static DealWindowReport Compute(Scenario scenario, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Compute(LevelTwoMatrix.Compute(scenario), options);
    }

    /// <summary>The window of a scenario whose utilities are already computed.</summary>
    public static DealWindowReport Compute(LevelTwoMatrix matrix, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Scenario scenario = matrix.Scenario;
        Timeline? timeline = scenario.Timeline;
        int rounds = timeline?.Rounds ?? 1;
        int parties = scenario.Parties.Length;
        LevelTwoState state = LevelTwoState.Initial(scenario);
        var tracker = new WinSetTracker(matrix, state, options);
        SolutionPoint? previousBest = tracker.BestDeal;
        DealWindowStep initial = Step(tracker, 0, null, [], previousBest, changed: true);
        var steps = ImmutableArray.CreateBuilder<DealWindowStep>(rounds);
        ImmutableArray<TimelineEvent> events = timeline?.Events ?? [];
        int next = 0;
        for (int round = 1; round <= rounds; round++)
        {
            var happened = ImmutableArray.CreateBuilder<TimelineEvent>();
            Outcome? standing = previousBest is { } b ? scenario.Space.OutcomeAt(b.Outcome) : null;
            while (next < events.Length && events[next].Round <= round)
            {
                TimelineEvent e = events[next++];
                if (e.Probability >= ProbabilityCutoff)
                {
                    state = state.Apply(e, scenario, standing);
                    happened.Add(e);
                }
            }

            if (happened.Count > 0)
            {
                tracker.Update(state);
            }

            SolutionPoint? best = tracker.BestDeal;
            DealWindowStep previous = steps.Count > 0 ? steps[^1] : initial;
            bool changed = happened.Count > 0 || round == 1;
            steps.Add(Step(tracker, round, timeline?.DateOf(round), happened.ToImmutable(), best, changed || !SameFigures(previous, tracker, best)));
            previousBest = best;
        }

        ImmutableArray<DealWindowStep> all = steps.MoveToImmutable();
        return new DealWindowReport(scenario, initial, all, Intervals(all, timeline), parties);
    }

    private static DealWindowStep Step(WinSetTracker tracker, int round, DateOnly? date, ImmutableArray<TimelineEvent> events, SolutionPoint? best, bool changed)
    {
        int parties = tracker.Matrix.Scenario.Parties.Length;
        var winSets = new int[parties];
        var rational = new int[parties];
        for (int p = 0; p < parties; p++)
        {
            winSets[p] = tracker.WinSetCount(p);
            rational[p] = tracker.IndividuallyRationalCount(p);
        }

        string label = string.Join("; ", events.Select(e => e.Label));
        return new DealWindowStep(
            round, date, label, events, tracker.AgreementSpaceCount, ImmutableArray.Create(winSets), ImmutableArray.Create(rational), best, changed);
    }

    private static bool SameFigures(DealWindowStep previous, WinSetTracker tracker, SolutionPoint? best)
    {
        if (previous.AgreementSpaceSize != tracker.AgreementSpaceCount || !Equals(previous.BestDeal, best))
        {
            return false;
        }

        for (int p = 0; p < previous.WinSetSizes.Length; p++)
        {
            if (previous.WinSetSizes[p] != tracker.WinSetCount(p))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<WindowInterval> Intervals(ImmutableArray<DealWindowStep> steps, Timeline? timeline)
    {
        var result = ImmutableArray.CreateBuilder<WindowInterval>();
        int start = -1;
        for (int i = 0; i <= steps.Length; i++)
        {
            bool open = i < steps.Length && steps[i].IsOpen;
            if (open && start < 0)
            {
                start = steps[i].Round;
            }
            else if (!open && start >= 0)
            {
                int end = steps[i - 1].Round;
                result.Add(new WindowInterval(start, end, timeline?.DateOf(start), timeline?.DateOf(end)?.AddDays(timeline.StepDays - 1)));
                start = -1;
            }
        }

        return result.ToImmutable();
    }
}
