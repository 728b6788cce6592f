using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>
/// u(o) = Σᵢ wᵢ·eᵢ(oᵢ), summed in issue order from 0 — <c>((0 + w₁e₁) + w₂e₂) + …</c>, the order GENIUS uses, so that
/// utilities agree with GENIUS bit for bit — and, when <see cref="CapAtOne"/>, min(1, u).
/// </summary>
/// <remarks>
/// Weights are used as given, never renormalised: GENIUS does the same, and 38 corpus files rely on it.
/// GENIUS profiles cap at 1 (their weights may sum to more); GeniusWeb profiles do not.
/// Immutable and thread-safe; the weighted tables wᵢ·eᵢ(v) are computed once at construction.
/// </remarks>
public sealed class LinearAdditiveProfile : Profile
{
    private readonly double[][] _weighted;

    public LinearAdditiveProfile(
        string name,
        OutcomeSpace space,
        IEnumerable<double> weights,
        IEnumerable<IssueEvaluator> evaluators,
        double reservationValue = 0,
        double discountFactor = 1,
        bool capAtOne = true)
        : base(name, space, reservationValue, discountFactor)
    {
        Weights = [.. weights];
        Evaluators = [.. evaluators];
        if (Weights.Length != space.Issues.Length || Evaluators.Length != space.Issues.Length)
        {
            throw new ArgumentException(
                $"Profile '{name}' has {Weights.Length} weights and {Evaluators.Length} evaluators for {space.Issues.Length} issues.");
        }

        _weighted = new double[Weights.Length][];
        for (int i = 0; i < Weights.Length; i++)
        {
            Issue issue = space.Issues[i];
            if (!(Weights[i] >= 0) || !double.IsFinite(Weights[i]))
            {
                throw new ArgumentException($"Profile '{name}': the weight of issue '{issue.Name}' is {Weights[i]}; weights must be finite and non-negative.");
            }

            if (Evaluators[i] is DiscreteEvaluator d && d.Evaluations.Length != issue.Count)
            {
                throw new ArgumentException($"Profile '{name}': issue '{issue.Name}' has {issue.Count} values but {d.Evaluations.Length} evaluations.");
            }

            if (Evaluators[i] is NumericEvaluator && issue.Kind == IssueKind.Discrete)
            {
                throw new ArgumentException($"Profile '{name}': issue '{issue.Name}' is discrete but has a numeric evaluator.");
            }

            double[] table = Evaluators[i].Table(issue);
            for (int v = 0; v < table.Length; v++)
            {
                table[v] = Weights[i] * table[v];
            }

            _weighted[i] = table;
        }

        CapAtOne = capAtOne;
    }

    /// <summary>The weight of each issue, in issue order.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>The evaluator of each issue, in issue order.</summary>
    public ImmutableArray<IssueEvaluator> Evaluators { get; }

    /// <summary>True when utilities above 1 are capped to 1 (GENIUS semantics).</summary>
    public bool CapAtOne { get; }

    /// <summary>wᵢ·eᵢ(v) for issue i and each of its values.</summary>
    public ReadOnlySpan<double> WeightedTable(int issue) => _weighted[issue];

    public override double Utility(ReadOnlySpan<int> valueIndices)
    {
        double u = 0.0;
        for (int i = 0; i < _weighted.Length; i++)
        {
            u += _weighted[i][valueIndices[i]];
        }

        return CapAtOne && u > 1.0 ? 1.0 : u;
    }

    /// <summary>
    /// All utilities by a mixed-radix counter over prefix sums: the partial sum of the slower issues is kept per
    /// level, so each outcome costs one addition (no division, no decoding) and sums in the same order as
    /// <see cref="Utility(ReadOnlySpan{int})"/>.
    /// </summary>
    public override double[] ComputeUtilities()
    {
        int n = Space.Count;
        var result = new double[n];
        int m = _weighted.Length;
        double[] last = _weighted[m - 1];
        int lastCount = last.Length;
        var counter = new int[m];
        int pos = 0;
        while (pos < n)
        {
            // The partial sum of the slower issues, in issue order (m is small, the inner loop is long).
            double p = 0.0;
            for (int k = 0; k < m - 1; k++)
            {
                p += _weighted[k][counter[k]];
            }

            if (CapAtOne)
            {
                for (int v = 0; v < lastCount; v++)
                {
                    double u = p + last[v];
                    result[pos + v] = u > 1.0 ? 1.0 : u;
                }
            }
            else
            {
                for (int v = 0; v < lastCount; v++)
                {
                    result[pos + v] = p + last[v];
                }
            }

            pos += lastCount;

            // Advance the counter over the slower issues.
            for (int k = m - 2; k >= 0; k--)
            {
                if (++counter[k] < _weighted[k].Length)
                {
                    break;
                }

                counter[k] = 0;
            }
        }

        return result;
    }

    public override Profile WithReservationValue(double reservationValue) =>
        new LinearAdditiveProfile(Name, Space, Weights, Evaluators, reservationValue, DiscountFactor, CapAtOne);

    /// <summary>A copy with another name.</summary>
    public LinearAdditiveProfile WithName(string name) =>
        new(name, Space, Weights, Evaluators, ReservationValue, DiscountFactor, CapAtOne);
}
