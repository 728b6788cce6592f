using Winset.Diagnostics;

namespace Winset.Negotiation;

/// <summary>The settings of one session: its deadline, its seed and its clock.</summary>
/// <remarks>Mutable configuration; <see cref="Session"/> validates it when a session starts.</remarks>
public sealed class SessionOptions
{
    /// <summary>The number of rounds (a round = every party has one turn); null for none.</summary>
    /// <value>The default is null; at least one of <see cref="Rounds"/> and <see cref="TimeBudget"/> is required.</value>
    public int? Rounds { get; set; }

    /// <summary>The wall-clock budget measured with <see cref="TimeProvider"/>; null for none.</summary>
    /// <value>The default is null.</value>
    public TimeSpan? TimeBudget { get; set; }

    /// <summary>The session's seed; each agent's <see cref="Random"/> is derived from it and the party index.</summary>
    /// <value>The default is 0.</value>
    public int Seed { get; set; }

    /// <summary>The clock for the time budget and for agents.</summary>
    /// <value>The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks the options and returns the deadline.</summary>
    /// <exception cref="InputException">Rounds or the budget are not positive, or neither is given.</exception>
    public Deadline ToDeadline()
    {
        if (Rounds is { } r && r <= 0)
        {
            throw new InputException(NegotiationErrorMessages.RoundsNotPositive(r));
        }

        if (TimeBudget is { } b && b <= TimeSpan.Zero)
        {
            throw new InputException(NegotiationErrorMessages.TimeBudgetNotPositive(b));
        }

        if (Rounds is null && TimeBudget is null)
        {
            throw new InputException(NegotiationErrorMessages.NoDeadline);
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
        return Deadline.Create(Rounds, TimeBudget);
    }
}
