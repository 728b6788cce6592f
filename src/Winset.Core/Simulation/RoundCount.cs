namespace Winset.Simulation;

/// <summary>One bar of a histogram of rounds.</summary>
/// <param name="Round">The round.</param>
/// <param name="Date">The first day of the round, when the timeline has a calendar.</param>
/// <param name="Count">How many runs.</param>
public sealed record RoundCount(int Round, DateOnly? Date, int Count);
