using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// The utilities of every outcome for every party and for every constituency of every party, computed once; the
/// input of win-sets, deal windows and two-level simulations. Immutable and thread-safe.
/// </summary>
/// <remarks>Memory: 8 bytes per outcome for every party and every constituency.</remarks>
public sealed class LevelTwoMatrix
{
    private readonly double[][][] _constituencies;

    private LevelTwoMatrix(Scenario scenario, UtilityMatrix parties, double[][][] constituencies)
    {
        Scenario = scenario;
        Parties = parties;
        _constituencies = constituencies;
    }

    public Scenario Scenario { get; }

    /// <summary>The parties' own utilities and reservation values.</summary>
    public UtilityMatrix Parties { get; }

    public int OutcomeCount => Parties.OutcomeCount;

    /// <summary>Computes every utility array (the parties' ones are reused when given).</summary>
    public static LevelTwoMatrix Compute(Scenario scenario, UtilityMatrix? parties = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        parties ??= UtilityMatrix.Compute(scenario);
        var constituencies = scenario.Parties
            .Select(p => p.Constituencies.Select(c => c.Profile.ComputeUtilities()).ToArray())
            .ToArray();
        return new LevelTwoMatrix(scenario, parties, constituencies);
    }

    /// <summary>The number of constituencies of a party.</summary>
    public int ConstituencyCount(int party) => _constituencies[party].Length;

    /// <summary>A constituency's utility of every outcome.</summary>
    public ReadOnlySpan<double> ConstituencyUtilities(int party, int constituency) => _constituencies[party][constituency];

    /// <summary>The array behind <see cref="ConstituencyUtilities"/> (never written).</summary>
    internal double[] ConstituencyRow(int party, int constituency) => _constituencies[party][constituency];

    /// <summary>Every constituency's utility of one outcome.</summary>
    public ImmutableArray<double> ConstituencyUtilitiesOf(int party, OutcomeIndex outcome) =>
        [.. _constituencies[party].Select(u => u[outcome.Value])];
}
