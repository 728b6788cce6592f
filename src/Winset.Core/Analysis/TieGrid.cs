namespace Winset.Analysis;

/// <summary>
/// The comparison grid of <see cref="AnalysisOptions.TieQuantum"/>: the key of a utility u is round(u / q), an integer
/// held exactly in a double (|u| must stay below 2^50·q), or u itself when q = 0.
/// </summary>
internal readonly struct TieGrid
{
    /// <summary>Keys must stay below this magnitude, so that sums of a few keys stay exact integers.</summary>
    internal const double MaxKey = 1L << 50;

    private TieGrid(double quantum, double scale)
    {
        Quantum = quantum;
        Scale = scale;
    }

    public double Quantum { get; }

    /// <summary>1/q (rounded to an integer when it is one up to rounding, as 1e12 is), or 0 for raw comparisons.</summary>
    public double Scale { get; }

    public bool IsRaw => Scale == 0;

    public static TieGrid Create(double quantum)
    {
        if (!(quantum >= 0 && quantum <= AnalysisOptions.MaxTieQuantum))
        {
            throw new ArgumentOutOfRangeException(nameof(quantum), quantum, $"The tie quantum must be 0 or a positive value up to {AnalysisOptions.MaxTieQuantum}.");
        }

        if (quantum == 0)
        {
            return new TieGrid(0, 0);
        }

        double scale = 1.0 / quantum;
        double rounded = Math.Round(scale);
        if (Math.Abs(scale - rounded) <= 1e-6 * scale)
        {
            scale = rounded;
        }

        return new TieGrid(quantum, scale);
    }

    /// <summary>The comparison key of a utility. −0.0 becomes 0.0 so that raw keys compare as numbers.</summary>
    public double Key(double u) => IsRaw ? u + 0.0 : Math.Round(u * Scale);

    /// <summary>Fills <paramref name="keys"/> with the keys of <paramref name="utilities"/> and returns their minimum and maximum.</summary>
    public (double Min, double Max) Keys(ReadOnlySpan<double> utilities, Span<double> keys)
    {
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        double scale = Scale;
        for (int i = 0; i < utilities.Length; i++)
        {
            double k = Math.Round(utilities[i] * scale);
            keys[i] = k;
            if (k < min)
            {
                min = k;
            }

            if (k > max)
            {
                max = k;
            }
        }

        if (Math.Max(-min, max) >= MaxKey)
        {
            throw new ArgumentException(
                $"A utility of magnitude {Math.Max(-min, max) / scale:G4} is too large for the tie quantum {Quantum}; use a larger quantum or 0.");
        }

        return (min, max);
    }

    /// <summary>The minimum and maximum of raw utilities.</summary>
    public static (double Min, double Max) Range(ReadOnlySpan<double> utilities)
    {
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        foreach (double u in utilities)
        {
            if (u < min)
            {
                min = u;
            }

            if (u > max)
            {
                max = u;
            }
        }

        return (min, max);
    }
}
