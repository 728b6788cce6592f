using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Analysis;

/// <summary>
/// The Pareto frontier and the bargaining solutions of a scenario, as found by <see cref="ScenarioAnalyzer"/>.
/// Immutable. Every comparison behind it used the tie grid <see cref="TieQuantum"/> (see <see cref="AnalysisOptions"/>).
/// </summary>
/// <remarks>
/// The solution concepts follow the definitions in the GENIUS reference data (<c>reference.json</c>, "semantics"):
/// r_i is party i's reservation value, u_i its utility, IR ("individually rational") means u_i ≥ r_i for every i.
/// A concept is null when its candidate set is empty or degenerate.
/// </remarks>
public sealed record ScenarioAnalysis
{
    private readonly int[] _frontierByIndex;

    internal ScenarioAnalysis(
        int partyCount,
        int outcomeCount,
        double tieQuantum,
        ImmutableArray<double> reservationValues,
        ImmutableArray<double> idealPoint,
        int individuallyRationalCount,
        int[] frontier,
        int paretoDistinctPoints)
    {
        PartyCount = partyCount;
        OutcomeCount = outcomeCount;
        TieQuantum = tieQuantum;
        ReservationValues = reservationValues;
        IdealPoint = idealPoint;
        IndividuallyRationalCount = individuallyRationalCount;
        var outcomes = new OutcomeIndex[frontier.Length];
        for (int i = 0; i < frontier.Length; i++)
        {
            outcomes[i] = new OutcomeIndex(frontier[i]);
        }

        ParetoFrontier = ImmutableArray.Create(outcomes);
        ParetoDistinctPoints = paretoDistinctPoints;
        _frontierByIndex = (int[])frontier.Clone();
        Array.Sort(_frontierByIndex);
    }

    /// <summary>The number of parties.</summary>
    public int PartyCount { get; }

    /// <summary>The number of outcomes of the space.</summary>
    public int OutcomeCount { get; }

    /// <summary>The tie grid the comparisons used (0: raw doubles).</summary>
    public double TieQuantum { get; }

    /// <summary>Each party's reservation value r_i.</summary>
    public ImmutableArray<double> ReservationValues { get; }

    /// <summary>Each party's largest utility over all outcomes (raw).</summary>
    public ImmutableArray<double> IdealPoint { get; }

    /// <summary>How many outcomes give every party at least its reservation value.</summary>
    public int IndividuallyRationalCount { get; }

    /// <summary>
    /// Every outcome no other outcome dominates; outcomes with equal utility vectors are all kept. Ordered by the first
    /// party's utility descending, then (for three or more parties) the next parties' utilities descending, then index.
    /// </summary>
    public ImmutableArray<OutcomeIndex> ParetoFrontier { get; }

    /// <summary>The number of distinct utility vectors (on the tie grid) on the frontier.</summary>
    public int ParetoDistinctPoints { get; }

    /// <summary>Nash: argmax Π(u_i − r_i) over IR outcomes (reference <c>nash_rv</c>); null when no outcome is IR. Objective: the product.</summary>
    public SolutionPoint? Nash { get; init; }

    /// <summary>Nash with disagreement point 0: argmax Π u_i over all outcomes (reference <c>nash_zero</c>). Objective: the product.</summary>
    public SolutionPoint? NashZero { get; init; }

    /// <summary>
    /// GENIUS's Nash (<c>BidSpace.getNash</c>, reference <c>nash_genius</c>): argmax Π(u_i − r_i) over Pareto outcomes,
    /// with no IR filter. Objective: the product.
    /// </summary>
    public SolutionPoint? NashGenius { get; init; }

    /// <summary>
    /// Kalai–Smorodinsky (reference <c>kalai_rv</c>): the IR Pareto outcome maximising min_i (u_i − r_i)/(B_i − r_i),
    /// B_i = max u_i over IR outcomes. Null when no outcome is IR or some B_i = r_i. Objective: the minimum relative gain.
    /// </summary>
    public SolutionPoint? KalaiSmorodinsky { get; init; }

    /// <summary>
    /// GENIUS's Kalai–Smorodinsky (<c>BidSpace.getKalaiSmorodinsky</c>, reference <c>kalai_genius</c>): the Pareto outcome
    /// minimising Σ_{i&lt;j} |u_i − u_j|. Objective: that asymmetry (lower is better).
    /// </summary>
    public SolutionPoint? KalaiSmorodinskyGenius { get; init; }

    /// <summary>
    /// Kalai–Smorodinsky with disagreement point 0 (reference <c>kalai_zero</c>): the Pareto outcome maximising
    /// min_i u_i / max u_i. Null when some party's largest utility is not positive. Objective: the minimum ratio.
    /// </summary>
    public SolutionPoint? KalaiSmorodinskyZero { get; init; }

    /// <summary>
    /// Egalitarian: the IR outcome maximising min_i (u_i − r_i), ties broken by the larger Σ u_i (both must tie for
    /// <see cref="SolutionPoint.TieCount"/>). Null when no outcome is IR. Objective: the minimum gain.
    /// </summary>
    public SolutionPoint? Egalitarian { get; init; }

    /// <summary>Utilitarian: argmax Σ u_i over all outcomes (reference <c>max_welfare</c>). Objective: the welfare.</summary>
    public SolutionPoint MaxWelfare { get; init; } = null!;

    /// <summary>True when the outcome is on <see cref="ParetoFrontier"/> (binary search, O(log f)).</summary>
    public bool IsParetoOptimal(OutcomeIndex outcome) => Array.BinarySearch(_frontierByIndex, outcome.Value) >= 0;

    public bool Equals(ScenarioAnalysis? other) =>
        other is not null && PartyCount == other.PartyCount && OutcomeCount == other.OutcomeCount &&
        TieQuantum.Equals(other.TieQuantum) && IndividuallyRationalCount == other.IndividuallyRationalCount &&
        ParetoDistinctPoints == other.ParetoDistinctPoints &&
        ParetoFrontier.AsSpan().SequenceEqual(other.ParetoFrontier.AsSpan()) &&
        ReservationValues.AsSpan().SequenceEqual(other.ReservationValues.AsSpan()) &&
        IdealPoint.AsSpan().SequenceEqual(other.IdealPoint.AsSpan()) &&
        Equals(Nash, other.Nash) && Equals(NashZero, other.NashZero) && Equals(NashGenius, other.NashGenius) &&
        Equals(KalaiSmorodinsky, other.KalaiSmorodinsky) && Equals(KalaiSmorodinskyGenius, other.KalaiSmorodinskyGenius) &&
        Equals(KalaiSmorodinskyZero, other.KalaiSmorodinskyZero) && Equals(Egalitarian, other.Egalitarian) &&
        Equals(MaxWelfare, other.MaxWelfare);

    public override int GetHashCode() => HashCode.Combine(OutcomeCount, ParetoFrontier.Length, IndividuallyRationalCount);
}
