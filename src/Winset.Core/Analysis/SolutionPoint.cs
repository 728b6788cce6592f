using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Analysis;

/// <summary>
/// The outcome a solution concept picks, with every party's raw utility of it, the value of the concept's objective
/// (computed from the raw utilities) and how many outcomes attain the optimum under the tie rule of
/// <see cref="AnalysisOptions"/>.
/// </summary>
/// <param name="Outcome">The chosen outcome: among the tied optimal outcomes, the one with the smallest index.</param>
/// <param name="Utilities">Each party's utility of <paramref name="Outcome"/>, in party order (raw doubles).</param>
/// <param name="Objective">The objective at <paramref name="Outcome"/>; what it measures is documented on each concept of <see cref="ScenarioAnalysis"/>.</param>
/// <param name="TieCount">How many outcomes attain the optimum (at least 1).</param>
public sealed record SolutionPoint(OutcomeIndex Outcome, ImmutableArray<double> Utilities, double Objective, int TieCount)
{
    public bool Equals(SolutionPoint? other) =>
        other is not null && Outcome == other.Outcome && Objective.Equals(other.Objective) && TieCount == other.TieCount &&
        Utilities.AsSpan().SequenceEqual(other.Utilities.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Outcome, Objective, TieCount);
}
