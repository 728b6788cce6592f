using System.Collections.Immutable;
using Winset.Diagnostics;
using Winset.Model;

namespace Winset.Analysis;

/// <summary>
/// The utility of every outcome of an enumerable space for every party, computed once: one array per party indexed
/// by <see cref="OutcomeIndex"/>, plus the parties' reservation values. The input of <see cref="ScenarioAnalyzer"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe (the arrays are never exposed for writing). Memory: 8 bytes per outcome and party.
/// </remarks>
public sealed class UtilityMatrix
{
    private readonly double[][] _utilities;

    private UtilityMatrix(double[][] utilities, ImmutableArray<double> reservationValues, ImmutableArray<string> partyNames)
    {
        _utilities = utilities;
        ReservationValues = reservationValues;
        PartyNames = partyNames;
        OutcomeCount = utilities[0].Length;
    }

    /// <summary>The number of parties (rows).</summary>
    public int PartyCount => _utilities.Length;

    /// <summary>The number of outcomes (columns).</summary>
    public int OutcomeCount { get; }

    /// <summary>Each party's reservation value (utility of no agreement), in party order.</summary>
    public ImmutableArray<double> ReservationValues { get; }

    /// <summary>The parties' names, in party order.</summary>
    public ImmutableArray<string> PartyNames { get; }

    /// <summary>The utilities of one party, indexed by outcome index.</summary>
    /// <exception cref="ArgumentOutOfRangeException">party is outside 0..PartyCount−1.</exception>
    public ReadOnlySpan<double> Utilities(int party) => Row(party);

    /// <summary>One party's utility of one outcome.</summary>
    public double Utility(int party, OutcomeIndex outcome) => Row(party)[outcome.Value];

    /// <summary>Every party's utility of one outcome, in party order.</summary>
    public ImmutableArray<double> UtilitiesOf(OutcomeIndex outcome)
    {
        var result = new double[PartyCount];
        for (int p = 0; p < result.Length; p++)
        {
            result[p] = _utilities[p][outcome.Value];
        }

        return ImmutableArray.Create(result);
    }

    /// <summary>
    /// Computes every party's utilities (<see cref="Profile.ComputeUtilities"/>) and takes their reservation values.
    /// </summary>
    /// <exception cref="InputException">The space has more than <see cref="OutcomeSpace.MaxEnumerableSize"/> outcomes.</exception>
    public static UtilityMatrix Compute(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _ = scenario.Space.Count; // throws the InputException naming the limit before any work
        var rows = new double[scenario.Parties.Length][];
        var reservations = new double[rows.Length];
        var names = new string[rows.Length];
        for (int p = 0; p < rows.Length; p++)
        {
            Profile profile = scenario.Parties[p].Profile;
            rows[p] = profile.ComputeUtilities();
            reservations[p] = profile.ReservationValue;
            names[p] = scenario.Parties[p].Name;
        }

        return new UtilityMatrix(rows, ImmutableArray.Create(reservations), ImmutableArray.Create(names));
    }

    /// <summary>A matrix from given utility rows (copied), for tests and for utilities from elsewhere.</summary>
    /// <param name="utilities">One row per party, all of the same positive length, all values finite.</param>
    /// <param name="reservationValues">One finite value per party; null means 0 for everyone.</param>
    /// <exception cref="ArgumentException">The rows are empty, ragged or not finite, or the reservation values do not match.</exception>
    public static UtilityMatrix FromRows(IReadOnlyList<double[]> utilities, IReadOnlyList<double>? reservationValues = null)
    {
        ArgumentNullException.ThrowIfNull(utilities);
        Preconditions.CheckArgument(utilities.Count >= 1, nameof(utilities), "A utility matrix needs at least one party.");
        int n = utilities[0]?.Length ?? 0;
        Preconditions.CheckArgument(n >= 1, nameof(utilities), "A utility matrix needs at least one outcome.");
        var rows = new double[utilities.Count][];
        for (int p = 0; p < rows.Length; p++)
        {
            double[] row = utilities[p] ?? throw new ArgumentException($"Row {p} is null.", nameof(utilities));
            Preconditions.CheckArgument(row.Length == n, nameof(utilities), $"Row {p} has {row.Length} outcomes, row 0 has {n}.");
            foreach (double u in row)
            {
                Preconditions.CheckArgument(double.IsFinite(u), nameof(utilities), $"Row {p} holds a utility that is not finite ({u}).");
            }

            rows[p] = (double[])row.Clone();
        }

        var reservations = new double[rows.Length];
        if (reservationValues is not null)
        {
            Preconditions.CheckArgument(
                reservationValues.Count == rows.Length, nameof(reservationValues), $"{reservationValues.Count} reservation values for {rows.Length} parties.");
            for (int p = 0; p < rows.Length; p++)
            {
                Preconditions.CheckArgument(double.IsFinite(reservationValues[p]), nameof(reservationValues), "Reservation values must be finite.");
                reservations[p] = reservationValues[p];
            }
        }

        var names = new string[rows.Length];
        for (int p = 0; p < names.Length; p++)
        {
            names[p] = "party" + (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new UtilityMatrix(rows, ImmutableArray.Create(reservations), ImmutableArray.Create(names));
    }

    /// <summary>
    /// True when outcome <paramref name="a"/> dominates <paramref name="b"/>: every party likes a at least as much and
    /// some party strictly more, comparing utilities on the grid of <paramref name="tieQuantum"/> (see <see cref="AnalysisOptions"/>).
    /// </summary>
    public bool Dominates(OutcomeIndex a, OutcomeIndex b, double tieQuantum = AnalysisOptions.DefaultTieQuantum)
    {
        var grid = TieGrid.Create(tieQuantum);
        bool strict = false;
        for (int p = 0; p < _utilities.Length; p++)
        {
            double ka = grid.Key(_utilities[p][a.Value]);
            double kb = grid.Key(_utilities[p][b.Value]);
            if (ka < kb)
            {
                return false;
            }

            strict |= ka > kb;
        }

        return strict;
    }

    /// <summary>True when every party gets at least its reservation value from the outcome (on the tie grid).</summary>
    public bool IsIndividuallyRational(OutcomeIndex outcome, double tieQuantum = AnalysisOptions.DefaultTieQuantum)
    {
        var grid = TieGrid.Create(tieQuantum);
        for (int p = 0; p < _utilities.Length; p++)
        {
            if (grid.Key(_utilities[p][outcome.Value]) < grid.Key(ReservationValues[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A mask over all outcomes: true for the individually rational ones (one bool per outcome).</summary>
    public bool[] IndividuallyRationalMask(double tieQuantum = AnalysisOptions.DefaultTieQuantum)
    {
        var grid = TieGrid.Create(tieQuantum);
        var mask = new bool[OutcomeCount];
        Array.Fill(mask, true);
        for (int p = 0; p < _utilities.Length; p++)
        {
            double r = grid.Key(ReservationValues[p]);
            double[] row = _utilities[p];
            for (int i = 0; i < mask.Length; i++)
            {
                if (grid.Key(row[i]) < r)
                {
                    mask[i] = false;
                }
            }
        }

        return mask;
    }

    internal double[] Row(int party)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(party);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(party, PartyCount);
        return _utilities[party];
    }
}
