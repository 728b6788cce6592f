using System.Collections.Immutable;

namespace Winset.Negotiation.Tournaments;

/// <summary>
/// The results of a tournament: counts, and each agent's standing overall and on each scenario, ranked.
/// </summary>
/// <remarks>
/// <para><b>Ranking.</b> By mean utility, highest first (an agent with no completed session last); agents whose means
/// are exactly equal share a rank (standard competition ranking: 1, 2, 2, 4) and are listed by name (ordinal).</para>
/// <para><b>Determinism.</b> Sums run over the records in plan order, whatever order they finished in, so the same
/// records always give the same numbers to the last bit.</para>
/// <para>Immutable.</para>
/// </remarks>
/// <param name="Negotiations">Sessions in the plan.</param>
/// <param name="Recorded">Sessions with a record (finished, with or without error).</param>
/// <param name="Completed">Recorded sessions that did not end in error.</param>
/// <param name="Errors">Recorded sessions that ended in error.</param>
/// <param name="Agreements">Completed sessions that ended in agreement.</param>
/// <param name="Ranking">Every agent's standing over all scenarios, ranked.</param>
/// <param name="Scenarios">For each scenario, in plan order, every agent's standing on it, ranked.</param>
/// <param name="ErrorSamples">Up to ten error messages, in plan order, as "scenario: message".</param>
public sealed record TournamentStandings(
    int Negotiations,
    int Recorded,
    int Completed,
    int Errors,
    int Agreements,
    ImmutableArray<AgentStanding> Ranking,
    ImmutableArray<ScenarioStandings> Scenarios,
    ImmutableArray<string> ErrorSamples)
{
    /// <summary>Computes the standings of the given records.</summary>
    /// <param name="agents">The agents' names, indexed as in <see cref="PlannedSession.Agents"/>.</param>
    /// <param name="scenarios">The scenarios' names, indexed as in <see cref="PlannedSession.Scenario"/>.</param>
    /// <param name="negotiations">Sessions in the plan.</param>
    /// <param name="records">The finished sessions, in any order.</param>
    public static TournamentStandings Compute(
        IReadOnlyList<string> agents, IReadOnlyList<string> scenarios, int negotiations, IEnumerable<SessionRecord> records)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(records);
        SessionRecord[] sorted = [.. records];
        Array.Sort(sorted, (a, b) => a.Session.Index.CompareTo(b.Session.Index));
        var overall = new Accumulator[agents.Count];
        var perScenario = new Accumulator[scenarios.Count][];
        for (int s = 0; s < perScenario.Length; s++)
        {
            perScenario[s] = new Accumulator[agents.Count];
        }

        int completed = 0, errors = 0, agreements = 0;
        var samples = ImmutableArray.CreateBuilder<string>();
        foreach (SessionRecord r in sorted)
        {
            bool error = r.Ended == SessionEnd.Error;
            if (error)
            {
                errors++;
                if (samples.Count < 10)
                {
                    samples.Add($"{scenarios[r.Session.Scenario]}: {r.ErrorMessage}");
                }
            }
            else
            {
                completed++;
                if (r.Ended == SessionEnd.Agreement)
                {
                    agreements++;
                }
            }

            for (int p = 0; p < r.Session.Agents.Length; p++)
            {
                int a = r.Session.Agents[p];
                overall[a].Add(r, p);
                perScenario[r.Session.Scenario][a].Add(r, p);
            }
        }

        var scenarioStandings = ImmutableArray.CreateBuilder<ScenarioStandings>(scenarios.Count);
        for (int s = 0; s < scenarios.Count; s++)
        {
            scenarioStandings.Add(new ScenarioStandings(scenarios[s], Rank(agents, perScenario[s])));
        }

        return new TournamentStandings(
            negotiations, sorted.Length, completed, errors, agreements, Rank(agents, overall), scenarioStandings.MoveToImmutable(), samples.ToImmutable());
    }

    private static ImmutableArray<AgentStanding> Rank(IReadOnlyList<string> agents, Accumulator[] acc)
    {
        var rows = new AgentStanding[agents.Count];
        for (int a = 0; a < rows.Length; a++)
        {
            rows[a] = acc[a].ToStanding(agents[a]);
        }

        Array.Sort(rows, (x, y) =>
        {
            int c = Key(y.MeanUtility).CompareTo(Key(x.MeanUtility));
            return c != 0 ? c : string.CompareOrdinal(x.Agent, y.Agent);
        });
        for (int i = 0; i < rows.Length; i++)
        {
            int rank = i > 0 && Key(rows[i].MeanUtility) == Key(rows[i - 1].MeanUtility) ? rows[i - 1].Rank : i + 1;
            rows[i] = rows[i] with { Rank = rank };
        }

        return [.. rows];
    }

    private static double Key(double mean) => double.IsNaN(mean) ? double.NegativeInfinity : mean;

    private struct Accumulator
    {
        private int _sessions, _completed, _errors, _faults, _agreements, _nashCount;
        private double _utility, _advantage, _welfare, _pareto, _nash, _rounds;

        public void Add(SessionRecord r, int party)
        {
            _sessions++;
            if (r.Ended == SessionEnd.Error)
            {
                _errors++;
                if (r.ErringParty == party)
                {
                    _faults++;
                }

                return;
            }

            _completed++;
            if (r.Ended == SessionEnd.Agreement)
            {
                _agreements++;
            }

            _utility += r.Utilities[party];
            _advantage += r.Advantages[party];
            _welfare += r.Welfare;
            _pareto += r.DistanceToPareto;
            _rounds += r.Round;
            if (r.DistanceToNash is { } d)
            {
                _nash += d;
                _nashCount++;
            }
        }

        public readonly AgentStanding ToStanding(string agent)
        {
            double n = _completed;
            return new AgentStanding(
                0,
                agent,
                _sessions,
                _completed,
                _errors,
                _faults,
                _agreements,
                _utility / n,
                _advantage / n,
                _agreements / n,
                _welfare / n,
                _pareto / n,
                _nashCount > 0 ? _nash / _nashCount : double.NaN,
                _rounds / n);
        }
    }
}

/// <summary>Every agent's standing on one scenario, ranked as in <see cref="TournamentStandings"/>.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Ranking">The standings, best first.</param>
public sealed record ScenarioStandings(string Scenario, ImmutableArray<AgentStanding> Ranking);
