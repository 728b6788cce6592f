using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Negotiation;

/// <summary>
/// A scenario with what every session on it needs computed once: each party's utility of every outcome and its
/// <see cref="SortedUtilityIndex"/>. Build it once per scenario and pass it to many sessions (tournaments, benchmarks).
/// </summary>
/// <remarks>Immutable and thread-safe. Memory: 20 bytes per outcome and party.</remarks>
public sealed class PreparedScenario
{
    private readonly double[][] _utilities;
    private readonly SortedUtilityIndex[] _sorted;

    private PreparedScenario(Scenario scenario, double[][] utilities, SortedUtilityIndex[] sorted)
    {
        Scenario = scenario;
        _utilities = utilities;
        _sorted = sorted;
        OutcomeCount = utilities[0].Length;
        PartyNames = [.. scenario.Parties.Select(p => p.Name)];
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The number of parties.</summary>
    public int PartyCount => _utilities.Length;

    /// <summary>The number of outcomes.</summary>
    public int OutcomeCount { get; }

    /// <summary>The parties' names, in party order.</summary>
    public ImmutableArray<string> PartyNames { get; }

    /// <summary>Computes every party's utilities (<see cref="Profile.ComputeUtilities"/>) and sorts them.</summary>
    /// <exception cref="Diagnostics.InputException">The space is too large to enumerate.</exception>
    public static PreparedScenario Create(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _ = scenario.Space.Count; // the InputException naming the limit, before any work
        var rows = new double[scenario.Parties.Length][];
        var sorted = new SortedUtilityIndex[rows.Length];
        for (int p = 0; p < rows.Length; p++)
        {
            rows[p] = scenario.Parties[p].Profile.ComputeUtilities();
            sorted[p] = SortedUtilityIndex.Create(rows[p]);
        }

        return new PreparedScenario(scenario, rows, sorted);
    }

    /// <summary>A party's utility of every outcome, indexed by <see cref="OutcomeIndex"/>.</summary>
    public ReadOnlySpan<double> Utilities(int party) => _utilities[party];

    /// <summary>A party's sorted index.</summary>
    public SortedUtilityIndex SortedIndex(int party) => _sorted[party];

    /// <summary>A party's profile.</summary>
    public Profile Profile(int party) => Scenario.Parties[party].Profile;

    internal double[] UtilityArray(int party) => _utilities[party];
}
