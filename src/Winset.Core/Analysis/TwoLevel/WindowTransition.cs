namespace Winset.Analysis.TwoLevel;

/// <summary>The window opens (<paramref name="Opens"/>) or closes at the start of a round.</summary>
public sealed record WindowTransition(int Round, DateOnly? Date, bool Opens);
