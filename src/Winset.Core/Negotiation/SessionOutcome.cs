namespace Winset.Negotiation;

/// <summary>A finished session: its result and its trace.</summary>
/// <param name="Result">How it ended.</param>
/// <param name="Trace">Every move in order.</param>
public sealed record SessionOutcome(SessionResult Result, Trace Trace);
