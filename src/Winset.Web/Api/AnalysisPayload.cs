using System.Diagnostics;
using Winset.Analysis;
using Winset.Analysis.TwoLevel;
using Winset.Model;
using Winset.Web.Library;

namespace Winset.Web.Api;

/// <summary>Builds the JSON shapes of the scenario endpoints from a <see cref="ScenarioWorkspace"/>.</summary>
internal static class AnalysisPayload
{
    /// <summary>The analysis page's data; <c>computeMilliseconds</c> is the time this first build took (cold cache).</summary>
    public static AnalysisDto Build(ScenarioWorkspace w)
    {
        long start = Stopwatch.GetTimestamp();
        Scenario s = w.Scenario;
        ScenarioAnalysis a = w.Analysis;
        UtilityMatrix m = w.Matrix;
        PlaneSample plane = w.Plane;
        WinSetsDto? winSets = w.IsTwoLevel ? WinSets(w, 0) : null;
        DealWindowDto? window = w.DealWindow is { } d ? Window(s, d) : null;
        var dto = new AnalysisDto(
            string.Empty,
            s.Name,
            [.. s.Parties.Select(p => p.Name)],
            [.. s.Space.Issues.Select(i => i.Name)],
            [.. s.Parties.Select(p => p.Profile.ReservationValue)],
            a.OutcomeCount,
            a.IndividuallyRationalCount,
            a.ParetoFrontier.Length,
            a.ParetoDistinctPoints,
            a.TieQuantum,
            Json.Solution(s, a.Nash),
            Json.Solution(s, a.NashZero),
            Json.Solution(s, a.NashGenius),
            Json.Solution(s, a.KalaiSmorodinsky),
            Json.Solution(s, a.KalaiSmorodinskyGenius),
            Json.Solution(s, a.KalaiSmorodinskyZero),
            Json.Solution(s, a.Egalitarian),
            Json.Solution(s, a.MaxWelfare)!,
            [.. a.IdealPoint],
            [.. s.Space.Issues.Select(Json.Issue)],
            [.. s.Parties.Select(p => Weights(p.Profile))],
            new PlaneDto(plane.Sampled, plane.MaxPoints, plane.MaxFrontier, plane.FrontierThinned, Points(m, plane.Points), Points(m, plane.Frontier)),
            winSets,
            window,
            0);
        return dto with { ComputeMilliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds };
    }

    public static IReadOnlyList<double>? Weights(Profile profile) => profile is LinearAdditiveProfile l ? [.. l.Weights] : null;

    public static PointSetDto Points(UtilityMatrix m, int[] outcomes)
    {
        var utilities = new double[m.PartyCount][];
        for (int p = 0; p < utilities.Length; p++)
        {
            ReadOnlySpan<double> row = m.Utilities(p);
            var column = new double[outcomes.Length];
            for (int i = 0; i < outcomes.Length; i++)
            {
                column[i] = row[outcomes[i]];
            }

            utilities[p] = column;
        }

        return new PointSetDto(outcomes, utilities);
    }

    /// <summary>The win-sets at a round, as masks over the plane's points and frontier.</summary>
    public static WinSetsDto WinSets(ScenarioWorkspace w, int round)
    {
        WinSetState state = w.WinSetsAt(round);
        Scenario s = w.Scenario;
        PlaneSample plane = w.Plane;
        var parties = new WinSetPartyDto[s.Parties.Length];
        for (int p = 0; p < parties.Length; p++)
        {
            parties[p] = new WinSetPartyDto(p, s.Parties[p].Name, s.Parties[p].HasLevelTwo, state.WinSets[p].Count, state.RationalCounts[p]);
        }

        return new WinSetsDto(
            round,
            Json.Date(state.Step.Date),
            state.Step.Label,
            state.AgreementSpace.Count,
            parties,
            [.. plane.Points.Select(state.Mask)],
            [.. plane.Frontier.Select(state.Mask)]);
    }

    public static DealWindowDto Window(Scenario s, DealWindowReport d) => new(
        d.Steps.Length,
        [.. d.Steps.Select(step => new DealWindowStepDto(
            step.Round,
            Json.Date(step.Date),
            step.Label,
            step.AgreementSpaceSize,
            [.. step.WinSetSizes],
            [.. step.IndividuallyRationalSizes],
            Json.Solution(s, step.BestDeal),
            step.IsOpen,
            step.Changed))],
        [.. d.OpenIntervals.Select(i => new WindowIntervalDto(i.FirstRound, i.LastRound, Json.Date(i.Start), Json.Date(i.End)))]);

    public static ScenarioSummaryDto Summary(LibraryEntry e)
    {
        Scenario s = e.Scenario;
        return new ScenarioSummaryDto(
            e.Id, s.Name, s.Description, e.Source, e.Files, [.. s.Parties.Select(p => p.Name)], s.Space.Issues.Length,
            (double)s.Space.Size, e.Workspace.IsTwoLevel, s.Timeline is not null);
    }

    public static ScenarioDetailDto Detail(LibraryEntry e)
    {
        Scenario s = e.Scenario;
        TimelineDto? timeline = s.Timeline is { } t
            ? new TimelineDto(t.Rounds, Json.Date(t.Start), t.StepDays, Json.Date(t.Deadline),
                [.. t.Events.Select(ev => new TimelineEventDto(ev.Round, ev.Label, ev.Probability, Json.Date(ev.Date ?? t.DateOf(ev.Round)), ev.Kind))])
            : null;
        return new ScenarioDetailDto(
            e.Id, s.Name, s.Description, e.Source, e.Files, [.. s.Parties.Select(p => p.Name)], (double)s.Space.Size, e.Workspace.IsTwoLevel,
            [.. s.Space.Issues.Select(Json.Issue)],
            [.. s.Parties.Select(p => new ProfileDto(
                p.Name, p.Profile.ReservationValue, p.Profile.DiscountFactor, Weights(p.Profile),
                [.. p.Constituencies.Select(c => new ConstituencyDto(c.Name, c.Weight, c.Threshold, c.Mobilisation, c.Description))]))],
            timeline);
    }

    public static OutcomeDto Outcome(ScenarioWorkspace w, int index)
    {
        var o = new OutcomeIndex(index);
        return new OutcomeDto(
            index, Json.Values(w.Scenario.Space, o), [.. w.Matrix.UtilitiesOf(o)], w.Analysis.IsParetoOptimal(o), w.Matrix.IsIndividuallyRational(o));
    }
}
