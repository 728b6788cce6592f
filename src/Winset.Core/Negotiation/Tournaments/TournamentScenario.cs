using System.Collections.Immutable;
using System.Security.Cryptography;
using Winset.Analysis;
using Winset.Model;

namespace Winset.Negotiation.Tournaments;

/// <summary>
/// A scenario as a tournament plays it: prepared once (utilities, sorted indices), analysed once (Pareto frontier,
/// Nash point), with each party's best utility and a fingerprint of its content.
/// </summary>
/// <remarks>Immutable and thread-safe: every worker reads the same instance.</remarks>
public sealed class TournamentScenario
{
    private TournamentScenario(string name, string source, PreparedScenario prepared, UtilityMatrix matrix, ScenarioAnalysis analysis, string fingerprint)
    {
        Name = name;
        Source = source;
        Prepared = prepared;
        Matrix = matrix;
        Analysis = analysis;
        Fingerprint = fingerprint;
        var best = new double[prepared.PartyCount];
        var reservation = new double[prepared.PartyCount];
        for (int p = 0; p < best.Length; p++)
        {
            best[p] = prepared.SortedIndex(p).MaxUtility;
            reservation[p] = prepared.Profile(p).ReservationValue;
        }

        BestUtilities = ImmutableArray.Create(best);
        ReservationValues = ImmutableArray.Create(reservation);
    }

    /// <summary>The name shown in results (unique within a tournament).</summary>
    public string Name { get; }

    /// <summary>Where the scenario came from, as the user named it (for the store; not part of its identity).</summary>
    public string Source { get; }

    /// <summary>The prepared scenario.</summary>
    public PreparedScenario Prepared { get; }

    /// <summary>The number of parties.</summary>
    public int PartyCount => Prepared.PartyCount;

    /// <summary>The utilities as the analysis reads them.</summary>
    public UtilityMatrix Matrix { get; }

    /// <summary>The Pareto frontier and the bargaining solutions.</summary>
    public ScenarioAnalysis Analysis { get; }

    /// <summary>Each party's highest utility of any outcome.</summary>
    public ImmutableArray<double> BestUtilities { get; }

    /// <summary>Each party's (undiscounted) reservation value.</summary>
    public ImmutableArray<double> ReservationValues { get; }

    /// <summary>
    /// SHA-256 (hex) of what a session's result depends on: the party names, every party's utility of every outcome,
    /// its reservation value and discount factor. Two scenarios with the same fingerprint play identically.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Prepares and analyses a scenario with at least two parties.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="name">The name shown in results; null for the scenario's own name.</param>
    /// <param name="source">Where it came from (file or folder names), for the record.</param>
    /// <exception cref="ArgumentException">The scenario has fewer than two parties.</exception>
    /// <exception cref="Diagnostics.InputException">The space is too large to enumerate.</exception>
    public static TournamentScenario Create(Scenario scenario, string? name = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Parties.Length < 2)
        {
            throw new ArgumentException($"A tournament needs scenarios with at least two parties; '{scenario.Name}' has {scenario.Parties.Length}.", nameof(scenario));
        }

        var prepared = PreparedScenario.Create(scenario);
        var rows = new double[prepared.PartyCount][];
        var reservations = new double[prepared.PartyCount];
        for (int p = 0; p < rows.Length; p++)
        {
            rows[p] = prepared.Utilities(p).ToArray();
            reservations[p] = prepared.Profile(p).ReservationValue;
        }

        UtilityMatrix matrix = UtilityMatrix.FromRows(rows, reservations);
        ScenarioAnalysis analysis = ScenarioAnalyzer.Analyze(matrix);
        return new TournamentScenario(name ?? scenario.Name, source ?? scenario.Name, prepared, matrix, analysis, ComputeFingerprint(prepared));
    }

    /// <summary>A copy with another display name.</summary>
    public TournamentScenario WithName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new TournamentScenario(name, Source, Prepared, Matrix, Analysis, Fingerprint);
    }

    private static string ComputeFingerprint(PreparedScenario prepared)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        AppendInt(hash, number, prepared.PartyCount);
        AppendInt(hash, number, prepared.OutcomeCount);
        for (int p = 0; p < prepared.PartyCount; p++)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(prepared.PartyNames[p] + "\n"));
            Profile profile = prepared.Profile(p);
            AppendDouble(hash, number, profile.ReservationValue);
            AppendDouble(hash, number, profile.DiscountFactor);
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(prepared.Utilities(p)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendInt(IncrementalHash hash, Span<byte> buffer, long value)
    {
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(buffer, value);
        hash.AppendData(buffer);
    }

    private static void AppendDouble(IncrementalHash hash, Span<byte> buffer, double value)
    {
        System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(buffer, value);
        hash.AppendData(buffer);
    }
}
