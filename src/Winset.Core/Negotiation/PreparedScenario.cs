using System.Collections.Immutable;
using Winset.Analysis.TwoLevel;
using Winset.Model;
using Winset.Negotiation.TwoLevel;

namespace Winset.Negotiation;

/// <summary>
/// A scenario with what every session on it needs computed once: each party's utility of every outcome and its
/// <see cref="SortedUtilityIndex"/>. Build it once per scenario and pass it to many sessions (tournaments, benchmarks).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Memory: 20 bytes per outcome and party. A two-level scenario (constituencies or a
/// timeline) also gets its <see cref="LevelTwoMatrix"/> (computed on first use, or given) and a cache of win-sets shared
/// by every session on it.
/// </remarks>
public sealed class PreparedScenario
{
    private readonly double[][] _utilities;
    private readonly SortedUtilityIndex[] _sorted;
    private readonly Lazy<LevelTwoMatrix>? _levelTwo;

    private PreparedScenario(Scenario scenario, double[][] utilities, SortedUtilityIndex[] sorted, LevelTwoMatrix? levelTwo)
    {
        if (scenario.HasLevelTwo || scenario.Timeline is not null)
        {
            _levelTwo = levelTwo is not null ? new Lazy<LevelTwoMatrix>(levelTwo) : new Lazy<LevelTwoMatrix>(() => LevelTwoMatrix.Compute(scenario));
        }

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

    /// <summary>
    /// True for a two-level scenario (some party has constituencies, or there is a timeline): its sessions apply the
    /// timeline's events and put agreements to the ratification votes.
    /// </summary>
    public bool IsTwoLevel => _levelTwo is not null;

    /// <summary>The constituencies' utilities, for a two-level scenario; null otherwise.</summary>
    public LevelTwoMatrix? LevelTwo => _levelTwo?.Value;

    internal WinSetCache WinSetCache { get; } = new();

    /// <summary>Computes every party's utilities (<see cref="Profile.ComputeUtilities"/>) and sorts them.</summary>
    /// <exception cref="Diagnostics.InputException">The space is too large to enumerate.</exception>
    public static PreparedScenario Create(Scenario scenario) => Create(scenario, null);

    /// <summary>
    /// Computes every party's utilities and sorts them, sharing an already computed <see cref="LevelTwoMatrix"/> of
    /// the same scenario (null: computed on first use).
    /// </summary>
    /// <exception cref="ArgumentException">The matrix is of another scenario.</exception>
    /// <exception cref="Diagnostics.InputException">The space is too large to enumerate.</exception>
    public static PreparedScenario Create(Scenario scenario, LevelTwoMatrix? levelTwo)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (levelTwo is not null && !ReferenceEquals(levelTwo.Scenario, scenario))
        {
            throw new ArgumentException("The level-two matrix was computed for another scenario.", nameof(levelTwo));
        }

        _ = scenario.Space.Count; // the InputException naming the limit, before any work
        var rows = new double[scenario.Parties.Length][];
        var sorted = new SortedUtilityIndex[rows.Length];
        for (int p = 0; p < rows.Length; p++)
        {
            rows[p] = scenario.Parties[p].Profile.ComputeUtilities();
            sorted[p] = SortedUtilityIndex.Create(rows[p]);
        }

        return new PreparedScenario(scenario, rows, sorted, levelTwo);
    }

    /// <summary>A party's utility of every outcome, indexed by <see cref="OutcomeIndex"/>.</summary>
    public ReadOnlySpan<double> Utilities(int party) => _utilities[party];

    /// <summary>A party's sorted index.</summary>
    public SortedUtilityIndex SortedIndex(int party) => _sorted[party];

    /// <summary>A party's profile.</summary>
    public Profile Profile(int party) => Scenario.Parties[party].Profile;

    internal double[] UtilityArray(int party) => _utilities[party];
}
