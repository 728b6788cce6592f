namespace Winset.Negotiation.TwoLevel;

/// <summary>
/// What ratification-aware negotiators know about the win-sets in a two-level session (see
/// <see cref="Agents.RatificationAware"/>). Ratification itself is always decided by the true state.
/// </summary>
public enum Information
{
    /// <summary>
    /// The default, Putnam's and Iida's incomplete information: each negotiator estimates its own win-set from the
    /// scenario's thresholds (not the session's noisy true ones), plus its own estimation error
    /// (<see cref="SessionOptions.BeliefNoise"/>), and tracks the events as they happen. It does not model the other
    /// side's win-set. With threshold noise, an agreement it signs can fail at home (involuntary defection).
    /// </summary>
    Estimated,

    /// <summary>
    /// Each negotiator knows its own true win-set (the noise included), but not the other side's: private win-sets.
    /// Ratification never fails; agreement can come late (Tarar's delay).
    /// </summary>
    Private,

    /// <summary>
    /// Complete information: every negotiator knows every true win-set and offers inside the believed agreement
    /// space (its own acceptable outcomes inside every other win-set) whenever that is not empty.
    /// </summary>
    Complete,
}
