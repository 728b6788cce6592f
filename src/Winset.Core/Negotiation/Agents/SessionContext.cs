using Winset.Model;
using Winset.Negotiation.TwoLevel;

namespace Winset.Negotiation.Agents;

/// <summary>
/// What one agent gets for one session: its party, profile and utilities, its sorted index, the deadline, a seeded
/// <see cref="System.Random"/>, the clock and a read-only view of the session. Never the engine.
/// </summary>
/// <remarks>Created by the engine for each agent and session. Not thread-safe (a session runs on one thread).</remarks>
public sealed class SessionContext
{
    private readonly double[] _utilities;

    internal SessionContext(
        int party, string agentName, PreparedScenario prepared, SessionView view, Random random, TimeProvider timeProvider, WinSetBelief? winSetBelief = null)
    {
        WinSetBelief = winSetBelief;
        PartyIndex = party;
        AgentName = agentName;
        Prepared = prepared;
        Session = view;
        Random = random;
        TimeProvider = timeProvider;
        _utilities = prepared.UtilityArray(party);
        SortedIndex = prepared.SortedIndex(party);
        Profile = prepared.Profile(party);
    }

    /// <summary>This party's index (its turn in every round).</summary>
    public int PartyIndex { get; }

    /// <summary>The number of parties.</summary>
    public int PartyCount => Session.PartyCount;

    /// <summary>The name of the agent playing this party.</summary>
    public string AgentName { get; }

    /// <summary>This party's profile.</summary>
    public Profile Profile { get; }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space => Profile.Space;

    /// <summary>The number of outcomes.</summary>
    public int OutcomeCount => _utilities.Length;

    /// <summary>This party's undiscounted reservation value.</summary>
    public double ReservationValue => Profile.ReservationValue;

    /// <summary>This party's undiscounted utility of every outcome, indexed by <see cref="OutcomeIndex"/>.</summary>
    public ReadOnlySpan<double> Utilities => _utilities;

    /// <summary>This party's outcomes sorted by its utility, best first.</summary>
    public SortedUtilityIndex SortedIndex { get; }

    /// <summary>The session's deadline.</summary>
    public Deadline Deadline => Session.Deadline;

    /// <summary>This agent's generator, seeded from the session seed and the party index.</summary>
    public Random Random { get; }

    /// <summary>The session's clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// In a two-level session, what this negotiator believes its home would ratify now, and its current reservation
    /// value (see <see cref="Agents.RatificationAware"/>); null in a plain session.
    /// </summary>
    public WinSetBelief? WinSetBelief { get; }

    /// <summary>The read-only view of the session: time, standing offer, moves so far.</summary>
    public SessionView Session { get; }

    internal PreparedScenario Prepared { get; }

    internal double[] UtilityArray => _utilities;

    /// <summary>This party's undiscounted utility of an outcome.</summary>
    public double Utility(OutcomeIndex outcome) => _utilities[outcome.Value];

    /// <summary>
    /// The lowest utility a concession should go to: max(reservation value, lowest utility), but at most the highest
    /// utility (the P_min of time-dependent tactics).
    /// </summary>
    public double FloorUtility => Math.Min(Math.Max(ReservationValue, SortedIndex.MinUtility), SortedIndex.MaxUtility);
}
