using Winset.Diagnostics;
using Winset.Model;
using Winset.Negotiation.TwoLevel;

namespace Winset.Negotiation;

/// <summary>
/// The settings of one session: its deadline, its seed, its clock and, for two-level scenarios, the uncertainty about
/// the constituencies' thresholds.
/// </summary>
/// <remarks>
/// Mutable configuration; <see cref="Session"/> validates it when a session starts. When the scenario has a
/// <see cref="Timeline"/>, the deadline in rounds is the timeline's (<see cref="Rounds"/> is then ignored; a
/// <see cref="TimeBudget"/> still applies).
/// </remarks>
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

    /// <summary>
    /// σ of the noise on constituency thresholds: in each session every constituency's true threshold is the
    /// scenario's plus a draw of Normal(0, σ), drawn once per session from its seed (see <see cref="Session"/>).
    /// </summary>
    /// <value>The default is 0 (the scenario's thresholds are the true ones). Must be finite and in [0, 1].</value>
    public double Noise { get; set; }

    /// <summary>
    /// σ of each negotiator's own error in estimating thresholds, under <see cref="Information.Estimated"/>: negotiator
    /// p believes each threshold is the scenario's plus its own draw of Normal(0, σ).
    /// </summary>
    /// <value>The default is 0. Must be finite and in [0, 1].</value>
    public double BeliefNoise { get; set; }

    /// <summary>
    /// Under <see cref="Information.Estimated"/>, a bias every negotiator adds to every threshold it believes: positive
    /// is caution (it expects its constituencies to demand more than the scenario says, and keeps a safety margin),
    /// negative is over-confidence.
    /// </summary>
    /// <value>The default is 0. Must be in [−1, 1].</value>
    public double BeliefBias { get; set; }

    /// <summary>What ratification-aware negotiators know of the win-sets.</summary>
    /// <value>The default is <see cref="Information.Estimated"/>.</value>
    public Information Information { get; set; } = Information.Estimated;

    /// <summary>The clock for the time budget and for agents.</summary>
    /// <value>The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks the options and returns the deadline.</summary>
    /// <exception cref="InputException">Rounds or the budget are not positive, or neither is given.</exception>
    public Deadline ToDeadline() => ToDeadline(null);

    /// <summary>Checks the options and returns the deadline; a timeline's rounds replace <see cref="Rounds"/>.</summary>
    /// <exception cref="InputException">An option is out of range, or there is no deadline.</exception>
    public Deadline ToDeadline(Timeline? timeline)
    {
        if (!(Noise >= 0 && Noise <= 1))
        {
            throw new InputException(NegotiationErrorMessages.BadNoise("threshold noise", Noise));
        }

        if (!(BeliefNoise >= 0 && BeliefNoise <= 1))
        {
            throw new InputException(NegotiationErrorMessages.BadNoise("belief noise", BeliefNoise));
        }

        if (!(BeliefBias >= -1 && BeliefBias <= 1))
        {
            throw new InputException(NegotiationErrorMessages.BadBeliefBias(BeliefBias));
        }

        if (!Enum.IsDefined(Information))
        {
            throw new ArgumentOutOfRangeException(nameof(Information), Information, "Not an information model.");
        }

        if (timeline is not null)
        {
            if (TimeBudget is { } tb && tb <= TimeSpan.Zero)
            {
                throw new InputException(NegotiationErrorMessages.TimeBudgetNotPositive(tb));
            }

            ArgumentNullException.ThrowIfNull(TimeProvider);
            return Deadline.Create(timeline.Rounds, TimeBudget);
        }

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
