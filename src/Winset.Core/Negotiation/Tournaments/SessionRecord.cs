using System.Collections.Immutable;

namespace Winset.Negotiation.Tournaments;

/// <summary>
/// What a tournament keeps of one session: which session it was, how it ended, and what each party got.
/// </summary>
/// <remarks>
/// <para>Immutable. Every number depends only on the session's inputs and seed, so a session run twice gives the same
/// record (the error message of an overrun aside, which names the budget).</para>
/// <para><b>Definitions.</b> <see cref="Utilities"/> are discounted (<see cref="SessionResult.Utilities"/>).
/// <see cref="Advantages"/> are (u − r)/(max − r) per party, with u the discounted utility, r the reservation value and
/// max the party's best utility of any outcome (0 when max = r). <see cref="Welfare"/> is the sum of
/// <see cref="Utilities"/>. The distances are Euclidean, over undiscounted utilities, from the agreement's point, or
/// from the reservation values' point when there is no agreement (the disagreement point): a failed negotiation is as
/// far from the frontier as no deal is.</para>
/// </remarks>
public sealed record SessionRecord
{
    /// <summary>A record from its fields; the arrays must have one entry per party.</summary>
    /// <exception cref="ArgumentException">The arrays' lengths differ.</exception>
    public SessionRecord(
        PlannedSession session,
        SessionEnd ended,
        int round,
        double time,
        int moveCount,
        int? agreement,
        ImmutableArray<double> utilities,
        ImmutableArray<double> advantages,
        double distanceToPareto,
        double? distanceToNash,
        int? erringParty,
        string? errorMessage,
        string? trace)
    {
        if (utilities.Length != session.Agents.Length || advantages.Length != session.Agents.Length)
        {
            throw new ArgumentException($"Expected {session.Agents.Length} utilities and advantages, got {utilities.Length} and {advantages.Length}.");
        }

        Session = session;
        Ended = ended;
        Round = round;
        Time = time;
        MoveCount = moveCount;
        Agreement = agreement;
        Utilities = utilities;
        Advantages = advantages;
        DistanceToPareto = distanceToPareto;
        DistanceToNash = distanceToNash;
        ErringParty = erringParty;
        ErrorMessage = errorMessage;
        Trace = trace;
        double welfare = 0;
        foreach (double u in utilities)
        {
            welfare += u;
        }

        Welfare = welfare;
    }

    /// <summary>Which session.</summary>
    public PlannedSession Session { get; }

    /// <summary>How it ended.</summary>
    public SessionEnd Ended { get; }

    /// <summary>The round of the last move (<see cref="SessionResult.Round"/>).</summary>
    public int Round { get; }

    /// <summary>The normalised time at which it ended.</summary>
    public double Time { get; }

    /// <summary>The number of moves.</summary>
    public int MoveCount { get; }

    /// <summary>The agreed outcome's index, or null.</summary>
    public int? Agreement { get; }

    /// <summary>Each party's discounted utility, in party order.</summary>
    public ImmutableArray<double> Utilities { get; }

    /// <summary>Each party's advantage (u − r)/(max − r), in party order.</summary>
    public ImmutableArray<double> Advantages { get; }

    /// <summary>The sum of the utilities.</summary>
    public double Welfare { get; }

    /// <summary>The distance from the session's point to the Pareto frontier.</summary>
    public double DistanceToPareto { get; }

    /// <summary>The distance from the session's point to the Nash point, or null when the scenario has none.</summary>
    public double? DistanceToNash { get; }

    /// <summary>For an error: the party whose agent failed.</summary>
    public int? ErringParty { get; }

    /// <summary>For an error: what went wrong.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The trace as JSON Lines when traces are kept, otherwise null.</summary>
    public string? Trace { get; }

    /// <summary>Builds the record of a finished session.</summary>
    public static SessionRecord From(PlannedSession session, TournamentScenario scenario, SessionResult result, string? trace)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        int n = scenario.PartyCount;
        var advantages = new double[n];
        Span<double> point = stackalloc double[n];
        for (int p = 0; p < n; p++)
        {
            double r = scenario.ReservationValues[p];
            double range = scenario.BestUtilities[p] - r;
            advantages[p] = range > 0 ? (result.Utilities[p] - r) / range : 0;
            point[p] = result.Agreement is { } a ? scenario.Prepared.Utilities(p)[a.Value] : r;
        }

        return new SessionRecord(
            session,
            result.Ended,
            result.Round,
            result.Time,
            result.MoveCount,
            result.Agreement?.Value,
            result.Utilities,
            ImmutableArray.Create(advantages),
            Analysis.SolutionDistances.ToParetoFrontier(scenario.Matrix, scenario.Analysis, point),
            Analysis.SolutionDistances.ToNash(scenario.Analysis, point),
            result.ErringParty,
            result.Ended == SessionEnd.Error ? $"{result.ErringAgent}: {result.ErrorMessage}" : null,
            trace);
    }
}
