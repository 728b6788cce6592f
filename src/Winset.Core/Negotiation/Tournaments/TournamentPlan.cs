using System.Collections.Immutable;
using Winset.Negotiation.Agents;

namespace Winset.Negotiation.Tournaments;

/// <summary>
/// Every session of a tournament, in a fixed order: for each scenario, for each tuple of agents (one agent per party),
/// for each repetition.
/// </summary>
/// <remarks>
/// <para><b>Tuples.</b> For a scenario with n parties, every ordered n-tuple of agents, so each agent plays every role
/// against every other (for two parties: every ordered pair, both (A, B) and (B, A)). Tuples in which one agent plays
/// every party are left out unless <see cref="TournamentOptions.SelfPlay"/> is set; an agent may otherwise appear more
/// than once in a tuple of three or more. Tuples are ordered lexicographically by agent index.</para>
/// <para><b>Seeds.</b> A session's seed is a SplitMix64 hash of the tournament seed, the scenario's index, the
/// agents' indices in party order and the repetition, folded to 31 bits. It depends on nothing else, so a session's
/// result is the same whichever worker runs it, in whatever order, and in a resumed run.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TournamentPlan
{
    private TournamentPlan(
        ImmutableArray<TournamentScenario> scenarios, ImmutableArray<Agent> agents, ImmutableArray<PlannedSession> sessions, TournamentOptions options)
    {
        Scenarios = scenarios;
        Agents = agents;
        Sessions = sessions;
        Rounds = options.Rounds;
        Repetitions = options.Repetitions;
        Seed = options.Seed;
        SelfPlay = options.SelfPlay;
        Jobs = options.Jobs;
        SessionTimeout = options.SessionTimeout;
        BatchSize = options.BatchSize;
        KeepTraces = options.KeepTraces;
        TimeProvider = options.TimeProvider;
    }

    /// <summary>The scenarios, in the order given.</summary>
    public ImmutableArray<TournamentScenario> Scenarios { get; }

    /// <summary>The agents, in the order given.</summary>
    public ImmutableArray<Agent> Agents { get; }

    /// <summary>Every session, in plan order (<see cref="PlannedSession.Index"/> is the position).</summary>
    public ImmutableArray<PlannedSession> Sessions { get; }

    /// <summary>The deadline of every session, in rounds.</summary>
    public int Rounds { get; }

    /// <summary>The repetitions of each tuple on each scenario.</summary>
    public int Repetitions { get; }

    /// <summary>The tournament seed.</summary>
    public int Seed { get; }

    /// <summary>Whether an agent plays against itself.</summary>
    public bool SelfPlay { get; }

    /// <summary>How many sessions run at once.</summary>
    public int Jobs { get; }

    /// <summary>The wall-clock budget of one session.</summary>
    public TimeSpan SessionTimeout { get; }

    /// <summary>Finished sessions per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Whether traces are kept.</summary>
    public bool KeepTraces { get; }

    /// <summary>The watchdog's clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The agents' names, in order.</summary>
    public ImmutableArray<string> AgentNames => [.. Agents.Select(a => a.Name)];

    /// <summary>The scenarios' names, in order.</summary>
    public ImmutableArray<string> ScenarioNames => [.. Scenarios.Select(s => s.Name)];

    /// <summary>Plans a tournament.</summary>
    /// <exception cref="ArgumentException">
    /// No scenario, fewer than two agents (one with <see cref="TournamentOptions.SelfPlay"/>), two agents with the same
    /// name, invalid options, or more than <see cref="TournamentOptions.MaxSessions"/> sessions.
    /// </exception>
    public static TournamentPlan Create(IReadOnlyList<TournamentScenario> scenarios, IReadOnlyList<Agent> agents, TournamentOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (scenarios.Count == 0)
        {
            throw new ArgumentException("A tournament needs at least one scenario.", nameof(scenarios));
        }

        if (agents.Count < (options.SelfPlay ? 1 : 2))
        {
            throw new ArgumentException($"A tournament needs at least {(options.SelfPlay ? 1 : 2)} agents, not {agents.Count}.", nameof(agents));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Agent a in agents)
        {
            ArgumentNullException.ThrowIfNull(a, nameof(agents));
            if (!names.Add(a.Name))
            {
                throw new ArgumentException($"Two agents are named '{a.Name}'; names identify agents in results.", nameof(agents));
            }
        }

        var scenarioNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (TournamentScenario s in scenarios)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(scenarios));
            if (!scenarioNames.Add(s.Name))
            {
                throw new ArgumentException($"Two scenarios are named '{s.Name}'; names identify scenarios in results.", nameof(scenarios));
            }
        }

        long total = 0;
        var tuplesByParties = new Dictionary<int, List<ImmutableArray<int>>>();
        foreach (TournamentScenario s in scenarios)
        {
            if (!tuplesByParties.TryGetValue(s.PartyCount, out List<ImmutableArray<int>>? tuples))
            {
                tuples = Tuples(agents.Count, s.PartyCount, options.SelfPlay);
                tuplesByParties[s.PartyCount] = tuples;
            }

            total += (long)tuples.Count * options.Repetitions;
            if (total > TournamentOptions.MaxSessions)
            {
                throw new ArgumentException($"The tournament would have more than {TournamentOptions.MaxSessions:N0} sessions.", nameof(scenarios));
            }
        }

        var sessions = ImmutableArray.CreateBuilder<PlannedSession>((int)total);
        for (int si = 0; si < scenarios.Count; si++)
        {
            foreach (ImmutableArray<int> tuple in tuplesByParties[scenarios[si].PartyCount])
            {
                for (int rep = 0; rep < options.Repetitions; rep++)
                {
                    sessions.Add(new PlannedSession(sessions.Count, si, tuple, rep, SessionSeed(options.Seed, si, tuple.AsSpan(), rep)));
                }
            }
        }

        return new TournamentPlan([.. scenarios], [.. agents], sessions.MoveToImmutable(), options);
    }

    /// <summary>A session's seed: SplitMix64 over the tournament seed, scenario index, agent indices and repetition.</summary>
    public static int SessionSeed(int tournamentSeed, int scenario, ReadOnlySpan<int> agents, int repetition)
    {
        ulong z = Mix(0x5745_494E_5345_5401UL ^ (uint)tournamentSeed);
        z = Mix(z ^ (uint)scenario);
        z = Mix(z ^ (uint)agents.Length);
        foreach (int a in agents)
        {
            z = Mix(z ^ (uint)a);
        }

        z = Mix(z ^ (uint)repetition);
        return (int)(z & 0x7FFF_FFFF);
    }

    private static ulong Mix(ulong x)
    {
        ulong z = unchecked(x + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    private static List<ImmutableArray<int>> Tuples(int agents, int parties, bool selfPlay)
    {
        if (Math.Pow(agents, parties) > TournamentOptions.MaxSessions)
        {
            throw new ArgumentException($"{agents} agents on {parties} parties make more than {TournamentOptions.MaxSessions:N0} tuples.");
        }

        var result = new List<ImmutableArray<int>>();
        var current = new int[parties];
        while (true)
        {
            bool allSame = true;
            for (int p = 1; p < parties; p++)
            {
                allSame &= current[p] == current[0];
            }

            if (selfPlay || !allSame)
            {
                result.Add(ImmutableArray.Create(current));
            }

            int k = parties - 1;
            while (k >= 0 && ++current[k] == agents)
            {
                current[k] = 0;
                k--;
            }

            if (k < 0)
            {
                return result;
            }
        }
    }
}
