using System.Collections.Immutable;
using Winset.Negotiation.Tournaments;

namespace Winset.Store;

/// <summary>A tournament in the store, as <see cref="RunStore.Begin"/> found or created it.</summary>
/// <param name="Id">Its row id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Done">The indices of the sessions already recorded.</param>
/// <param name="Resumed">True when it was already in the store.</param>
public sealed record StoredTournament(long Id, string Name, IReadOnlySet<int> Done, bool Resumed);

/// <summary>One line of <see cref="RunStore.List"/>.</summary>
public sealed record TournamentSummary(
    string Name, string CreatedAt, string? FinishedAt, int Negotiations, int Recorded, int Errors, int Agents, int Scenarios, int Rounds, int Repetitions, int Seed);

/// <summary>Everything the store holds about one tournament: its settings, agents, scenarios and session records.</summary>
public sealed record TournamentData(
    TournamentSummary Summary, ImmutableArray<string> Agents, ImmutableArray<string> Scenarios, IReadOnlyList<SessionRecord> Records)
{
    /// <summary>The standings of the recorded sessions.</summary>
    public TournamentStandings Standings() => TournamentStandings.Compute(Agents, Scenarios, Summary.Negotiations, Records);
}
