namespace Winset.Analysis;

/// <summary>
/// Settings of <see cref="ScenarioAnalyzer"/>. The only mutable type of the analysis layer: the analyzer reads it once
/// and keeps no reference.
/// </summary>
/// <remarks>
/// <para><b>The tie rule.</b> Utilities computed in IEEE doubles carry rounding errors of an ulp or so: two outcomes whose
/// exact utilities are equal (0.785 = 157/200 for both) can come out as 0.785 and 0.7850000000000001, and then one
/// "dominates" the other, or wins an argmax, by 1e-16. With <see cref="TieQuantum"/> q &gt; 0 (default 1e-12) every
/// comparison — dominance, the individual-rationality test u_i ≥ r_i, and the objectives of the bargaining solutions —
/// is made on utilities snapped to the grid of multiples of q: the key of u is round(u / q), an integer held exactly.
/// Sums, minima, differences and ratios of keys are exact (ratios are correctly rounded, so equal ratios tie exactly);
/// products of keys tie when they agree to a relative 2^-44 (exact ties always agree to a few ulps), while the product
/// of a dominated outcome is smaller than its dominator's by a relative 2^-41 or more (for utility gains below 2), so
/// it never ties. Reported utilities and objectives stay the raw doubles.</para>
/// <para>With q = 0 the raw doubles are compared as they are (IEEE order, exact equality for ties): that reproduces
/// GENIUS's own double-precision Pareto set, ulp artefacts included.</para>
/// </remarks>
public sealed class AnalysisOptions
{
    /// <summary>The default <see cref="TieQuantum"/>: 1e-12, which makes the Pareto sets of the GENIUS corpus equal the exact ones.</summary>
    public const double DefaultTieQuantum = 1e-12;

    /// <summary>The largest accepted <see cref="TieQuantum"/>.</summary>
    public const double MaxTieQuantum = 1e-3;

    /// <summary>The default options.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>
    /// The grid on which utilities are compared: two utilities are equal when they round to the same multiple of it.
    /// 0 compares raw doubles.
    /// </summary>
    /// <value>1e-12 (<see cref="DefaultTieQuantum"/>); 0 or a finite value up to <see cref="MaxTieQuantum"/>.</value>
    public double TieQuantum { get; set; } = DefaultTieQuantum;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="TieQuantum"/> is negative, not finite or above <see cref="MaxTieQuantum"/>.</exception>
    public void Validate()
    {
        if (!(TieQuantum >= 0 && TieQuantum <= MaxTieQuantum))
        {
            throw new ArgumentOutOfRangeException(
                nameof(TieQuantum), TieQuantum, $"The tie quantum must be 0 (raw comparisons) or a positive value up to {MaxTieQuantum}.");
        }
    }
}
