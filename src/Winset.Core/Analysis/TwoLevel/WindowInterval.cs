namespace Winset.Analysis.TwoLevel;

/// <summary>A run of rounds during which the window is open, both ends included.</summary>
/// <param name="FirstRound">The first open round.</param>
/// <param name="LastRound">The last open round.</param>
/// <param name="Start">The first day of <paramref name="FirstRound"/>, with a calendar.</param>
/// <param name="End">The last day of <paramref name="LastRound"/>, with a calendar.</param>
public sealed record WindowInterval(int FirstRound, int LastRound, DateOnly? Start, DateOnly? End);
