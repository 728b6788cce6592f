using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>How one issue's values map to an evaluation in [0, 1] inside a linear-additive profile.</summary>
public abstract record IssueEvaluator
{
    /// <summary>The evaluation of the issue's value with this index.</summary>
    public abstract double Evaluate(Issue issue, int valueIndex);

    /// <summary>The evaluation of every value of the issue, in index order.</summary>
    public double[] Table(Issue issue)
    {
        var table = new double[issue.Count];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = Evaluate(issue, i);
        }

        return table;
    }
}

/// <summary>A table of evaluations, one per value of a discrete issue, used as given.</summary>
/// <remarks>GENIUS files hold raw evaluations divided by their maximum; the importer does that division.</remarks>
public sealed record DiscreteEvaluator(ImmutableArray<double> Evaluations) : IssueEvaluator
{
    public override double Evaluate(Issue issue, int valueIndex) => Evaluations[valueIndex];

    public bool Equals(DiscreteEvaluator? other) => other is not null && Evaluations.SequenceEqual(other.Evaluations);

    public override int GetHashCode() => Evaluations.Length;
}

/// <summary>Base of evaluators of a numeric value x.</summary>
public abstract record NumericEvaluator : IssueEvaluator
{
    /// <summary>The evaluation of the number x.</summary>
    public abstract double Evaluate(double x);

    public sealed override double Evaluate(Issue issue, int valueIndex) => Evaluate(issue.ValueAt(valueIndex).Number);
}

/// <summary>
/// e(x) = clamp₀₁(Slope·(x − Origin) + Offset). GENIUS integer issues use Origin = the lower bound;
/// GENIUS real issues use Origin = 0 (x is not shifted).
/// </summary>
public sealed record LinearEvaluator(double Slope, double Offset, double Origin = 0) : NumericEvaluator
{
    public override double Evaluate(double x) => Math.Clamp((Slope * (x - Origin)) + Offset, 0.0, 1.0);
}

/// <summary>e(x) = Value, whatever x.</summary>
public sealed record ConstantEvaluator(double Value) : NumericEvaluator
{
    public override double Evaluate(double x) => Value;
}

/// <summary>
/// 0 below <see cref="Low"/>, rising linearly to 1 at <see cref="Peak"/>, falling to 0 at <see cref="High"/> and 0 from
/// there on: GENIUS <c>EVALFUNCTYPE.evalTriangular(x, lowerBound = parameter0, upperBound = parameter1, top = parameter2)</c>,
/// reproduced operation for operation so that utilities agree with GENIUS bit for bit.
/// </summary>
/// <remarks>
/// x &lt; Low gives 0; x &lt; Peak gives (x − Low)/(Peak − Low); x &lt; High gives 1 − (x − Peak)/(High − Peak); else 0.
/// So x = Low gives 0 when Low &lt; Peak, x = Peak gives 1 when Peak &lt; High, and x = High gives 0. No clamping.
/// </remarks>
public sealed record TriangularEvaluator(double Low, double High, double Peak) : NumericEvaluator
{
    public override double Evaluate(double x)
    {
        if (x < Low)
        {
            return 0.0;
        }

        if (x < Peak)
        {
            return (x - Low) / (Peak - Low);
        }

        return x < High ? 1.0 - ((x - Peak) / (High - Peak)) : 0.0;
    }
}

/// <summary>
/// GeniusWeb's number utilities: linear from (LowValue, LowUtility) to (HighValue, HighUtility), 0 outside.
/// </summary>
public sealed record InterpolationEvaluator(double LowValue, double LowUtility, double HighValue, double HighUtility) : NumericEvaluator
{
    public override double Evaluate(double x)
    {
        if (x < LowValue || x > HighValue)
        {
            return 0.0;
        }

        return HighValue == LowValue ? LowUtility : LowUtility + ((HighUtility - LowUtility) * (x - LowValue) / (HighValue - LowValue));
    }
}
