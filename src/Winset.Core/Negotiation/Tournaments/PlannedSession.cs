using System.Collections.Immutable;

namespace Winset.Negotiation.Tournaments;

/// <summary>One session a tournament plans: which scenario, which agent plays each party, which repetition, which seed.</summary>
/// <param name="Index">The session's position in the plan (0-based); its key in a store.</param>
/// <param name="Scenario">The scenario's index in <see cref="TournamentPlan.Scenarios"/>.</param>
/// <param name="Agents">For each party, in party order, the agent's index in <see cref="TournamentPlan.Agents"/>.</param>
/// <param name="Repetition">The repetition (0-based).</param>
/// <param name="Seed">The session's seed (see <see cref="TournamentPlan"/> for how it is derived).</param>
public readonly record struct PlannedSession(int Index, int Scenario, ImmutableArray<int> Agents, int Repetition, int Seed);
