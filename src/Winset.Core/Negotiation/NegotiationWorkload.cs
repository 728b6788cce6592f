using Winset.Negotiation.Agents;

namespace Winset.Negotiation;

/// <summary>A prepared scenario, agents and options, ready to run session after session on one reused trace.</summary>
/// <remarks>Not thread-safe: give each thread its own workload.</remarks>
public sealed class NegotiationWorkload
{
    private readonly Agent[] _agents;

    internal NegotiationWorkload(PreparedScenario scenario, Agent[] agents, SessionOptions options)
    {
        Scenario = scenario;
        _agents = agents;
        Options = options;
        Trace = new Trace(checked((options.Rounds ?? 1) * scenario.PartyCount));
    }

    /// <summary>The prepared scenario.</summary>
    public PreparedScenario Scenario { get; }

    /// <summary>The agents, in party order.</summary>
    public IReadOnlyList<Agent> Agents => _agents;

    /// <summary>The session options.</summary>
    public SessionOptions Options { get; }

    /// <summary>The number of outcomes.</summary>
    public int OutcomeCount => Scenario.OutcomeCount;

    /// <summary>The trace of the last run (reused by every run).</summary>
    public Trace Trace { get; }

    /// <summary>Runs one session into <see cref="Trace"/>. Rounds played = <see cref="SessionResult.Round"/>.</summary>
    public SessionResult Run() => Session.Run(Scenario, _agents, Options, Trace);
}
