using Winset.Model;

namespace Winset.Negotiation;

/// <summary>One move of a session, as every party sees it (no utilities: those are private; see <see cref="Trace"/>).</summary>
/// <param name="Round">The round, from 1: round r is the r-th time every party has a turn.</param>
/// <param name="Turn">The position within the round, from 0; in the fixed order, the turn is the party index.</param>
/// <param name="Time">Normalised time t ∈ [0, 1] when the move was made (see <see cref="Session"/>).</param>
/// <param name="Party">The index of the party that moved.</param>
/// <param name="Action">Offer, Accept or WalkAway.</param>
/// <param name="Outcome">The offered or accepted outcome; null for a walk-away.</param>
/// <remarks>Immutable. <c>default</c> is an offer of nothing by party 0 in round 0, which no session records.</remarks>
public readonly record struct Move(int Round, int Turn, double Time, int Party, MoveAction Action, OutcomeIndex? Outcome);
